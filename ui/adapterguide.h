#pragma once

#include <QDialog>

class QTextBrowser;

// Help > Adapters in the field (F1): what to do when an adapter will not open or a bus stays
// silent — the same advice as the README's "Adapters in the field" section and the links' next
// steps (dialout, ModemManager, stable names, Windows drivers, SLCAN/candleLight/PEAK, RS485 A/B,
// termination, baud rates). Built from translated paragraphs. GUI thread; non-modal.
class AdapterGuide : public QDialog
{
    Q_OBJECT

public:
    explicit AdapterGuide(QWidget *parent = nullptr);
    // The guide as HTML (what the dialog shows).
    static QString html();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

// Help > About BankScope: version, Qt version (built with and running), licences.
namespace AboutBox {
QString html();
void show(QWidget *parent);
} // namespace AboutBox
