#pragma once

#include "commissioningplan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

// Records by hand a check BankScope could not measure (or one the installer checked on the unit):
// what was found (checked and fine, or a problem), a note, and a photo reference. The finding it
// covers and its next step are shown for context. GUI thread; modal.
class ManualCheckDialog : public QDialog
{
    Q_OBJECT

public:
    ManualCheckDialog(const QString &about, const QString &finding, const QString &nextStep, QWidget *parent = nullptr);

    CheckStatus status() const;
    QString note() const;
    QString photo() const;
    void setNote(const QString &note);
    void setPhoto(const QString &photo);
    void setStatus(CheckStatus status);

private:
    QComboBox *m_result;
    QPlainTextEdit *m_note;
    QLineEdit *m_photo;
};
