#include "windowwiring.h"

#include "banksession.h"
#include "guistart.h"
#include "mainwindow.h"

#include <QMessageBox>
#include <QThread>

WindowWiring::WindowWiring(MainWindow &window, BankSession &session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_evidence(session)
{
    // The composition may have started the session already: what it reads from now on is kept.
    m_evidence.start();
    window.setSessionEvidence(&m_evidence);
    connect(&session, &BankSession::statusChanged, &window, &MainWindow::setLinkStatuses);
    connect(&session, &BankSession::recordingChanged, &window, &MainWindow::setRecording);
    connect(&session, &BankSession::started, this, [this] { m_window.setLinkActivity(&m_session.activity()); });
    connect(&session, &BankSession::error, this, [this](const QString &message) {
        if (!m_errorBoxes)
            return;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("BankScope"), message, QMessageBox::Ok, &m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    connect(&window, &MainWindow::connectRequested, this, &WindowWiring::connectTo);
    connect(&window, &MainWindow::openRecordingRequested, this, [this](const QString &path) {
        SessionSource source;
        source.kind = SessionSource::Kind::Recording;
        source.device = path;
        SessionPlan plan;
        plan.sources.append(source);
        connectTo(plan);
    });
    connect(&window, &MainWindow::disconnectRequested, this, [this] {
        ++m_spanGeneration;
        m_session.stop();
        m_window.setLinkStatuses({});
        m_window.setSourceDescription(tr("Not connected"));
    });
    connect(&window, &MainWindow::recordRequested, this, [this](const QString &path) { m_session.startRecording(path); });
    connect(&window, &MainWindow::stopRecordingRequested, &session, &BankSession::stopRecording);
    connect(&window, &MainWindow::replayPauseRequested, this, [this](bool paused) {
        if (paused)
            m_session.pauseReplay();
        else
            m_session.resumeReplay();
    });
    connect(&window, &MainWindow::replaySpeedRequested, &session, &BankSession::setReplaySpeed);
    connect(&window, &MainWindow::replaySeekRequested, &session, &BankSession::seekReplay);
}

WindowWiring::~WindowWiring()
{
    m_window.setSessionEvidence(nullptr);
    for (const QPointer<QThread> &thread : std::as_const(m_spanThreads)) {
        if (thread) {
            thread->requestInterruption();
            thread->wait();
        }
    }
}

void WindowWiring::showCurrent()
{
    m_window.setLinkStatuses(m_session.statuses());
    if (m_session.isRecording())
        m_window.setRecording(true, m_session.recordingPath());
}

void WindowWiring::readSpans(const SessionPlan &plan)
{
    for (const SessionSource &source : plan.sources)
        if (source.kind == SessionSource::Kind::Recording)
            readSpan(source.device);
}

void WindowWiring::connectTo(const SessionPlan &plan)
{
    ++m_spanGeneration;
    m_window.setSourceDescription(GuiStart::describe(plan));
    if (!m_session.start(plan)) {
        // The session said why (error(), and each link's status with its next step).
        m_window.setLinkStatuses(m_session.statuses());
        m_window.setSourceDescription(tr("Not connected"));
        return;
    }
    readSpans(plan);
}

void WindowWiring::readSpan(const QString &path)
{
    // Read through the whole file on a thread of its own; a span of an earlier file that
    // arrives after another was opened is dropped.
    const int generation = ++m_spanGeneration;
    QPointer<WindowWiring> self(this);
    QThread *thread = QThread::create([path, generation, self] {
        const auto span = GuiStart::recordingSpan(path);
        if (!span || !self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, span, generation] {
            if (!self || generation != self->m_spanGeneration)
                return;
            self->m_window.setReplaySpan(span->first, span->second);
            Q_EMIT self->spanRead(span->first, span->second);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_spanThreads.removeAll(nullptr);
    m_spanThreads.append(thread);
    thread->start(QThread::LowPriority);
}
