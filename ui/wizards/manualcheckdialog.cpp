#include "manualcheckdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ManualCheckDialog::ManualCheckDialog(const QString &about, const QString &finding, const QString &nextStep, QWidget *parent)
    : QDialog(parent)
    , m_result(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_photo(new QLineEdit(this))
{
    setWindowTitle(tr("Record a check by hand"));
    auto *what = new QLabel(QStringLiteral("<b>%1</b><br/>%2<br/><i>%3</i>")
                                .arg(about.toHtmlEscaped(), finding.toHtmlEscaped(), tr("Next step: %1").arg(nextStep).toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("manualResult"));
    m_result->addItem(tr("Checked by hand: as it should be"), int(CheckStatus::RecordedByHand));
    m_result->addItem(tr("Checked by hand: a problem was found"), int(CheckStatus::Fail));
    m_note->setObjectName(QStringLiteral("manualNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What you looked at and what you found, e.g. “ALM LED off on all units, RUN flashing”"));
    m_note->setAccessibleName(tr("Note"));
    m_photo->setObjectName(QStringLiteral("manualPhoto"));
    m_photo->setPlaceholderText(tr("e.g. IMG_2041.jpg"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Result:"), m_result);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Photo reference:"), m_photo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_note->toPlainText().trimmed().isEmpty()) {
            m_note->setFocus();
            m_note->setPlaceholderText(tr("A note is needed: what did you check, and what did you find?"));
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addLayout(form);
    layout->addWidget(buttons);
    const int em = fontMetrics().height();
    resize(em * 30, em * 16);
}

CheckStatus ManualCheckDialog::status() const
{
    return static_cast<CheckStatus>(m_result->currentData().toInt());
}

QString ManualCheckDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString ManualCheckDialog::photo() const
{
    return m_photo->text().trimmed();
}

void ManualCheckDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void ManualCheckDialog::setPhoto(const QString &photo)
{
    m_photo->setText(photo);
}

void ManualCheckDialog::setStatus(CheckStatus status)
{
    m_result->setCurrentIndex(std::max(0, m_result->findData(int(status))));
}
