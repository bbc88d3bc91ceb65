#pragma once

// Texts a widget cannot show whole: what a translation longer than the English cuts short. Shared
// by tst_frenchwindow and tst_translatedwizard.

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QWidget>

#include <algorithm>

namespace CutShort {

inline QString describe(const QWidget *w, const QString &text)
{
    return QStringLiteral("%1 '%2' \"%3\" (%4 px wide)")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(70))
        .arg(w->width());
}

// Every visible text under `root` that its widget cannot show whole.
inline QStringList find(QWidget *root)
{
    QStringList found;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty())
                continue;
            if (!label->wordWrap() && label->width() < label->minimumSizeHint().width())
                found << describe(label, label->text());
            else if (label->wordWrap() && label->height() < label->heightForWidth(label->width()))
                found << describe(label, label->text()) + QStringLiteral(": lines cut off at the bottom");
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                found << describe(button, button->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            if (!box->title().isEmpty() && box->width() < box->minimumSizeHint().width())
                found << describe(box, box->title());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            if (combo->isEditable() || combo->currentText().isEmpty())
                continue; // an editable field scrolls (a long device path)
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = false;
            option.currentText = combo->currentText();
            const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            const int icon = combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4;
            if (field.width() < combo->fontMetrics().horizontalAdvance(combo->currentText()) + icon)
                found << describe(combo, combo->currentText());
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            if (list->wordWrap())
                continue; // a long entry goes on to a second line
            for (int i = 0; i < list->count(); ++i) {
                const QListWidgetItem *item = list->item(i);
                const int icon = item->icon().isNull() ? 0 : list->iconSize().width() + 8;
                if (list->viewport()->width() < list->fontMetrics().horizontalAdvance(item->text()) + icon + 8)
                    found << describe(list, item->text());
            }
        } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int i = 0; i < header->count(); ++i) {
                if (header->isSectionHidden(i) || header->sectionSize(i) == 0)
                    continue;
                const QString text = header->model()->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString();
                // A header may wrap its text over lines; the widest line must fit.
                int widest = 0;
                for (const QString &line : text.split(QLatin1Char('\n')))
                    widest = std::max(widest, header->fontMetrics().horizontalAdvance(line));
                if (header->sectionSize(i) < widest + 2 * margin)
                    found << describe(header, text) + QStringLiteral(": column %1 is %2 px").arg(i).arg(header->sectionSize(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                if (a->isVisible() && (bar->actionGeometry(a).isEmpty() || bar->actionGeometry(a).right() >= bar->width()))
                    found << describe(bar, a->text()) + QStringLiteral(": past the right edge");
        }
    }
    return found;
}

} // namespace CutShort
