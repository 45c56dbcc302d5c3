// langbot-console-probe: the console (src/app, the same program as
// langbot-console) with the start-up and memory probe of the benchmark
// (langbot-bench starts it as a child; see README "Performance"). The probe
// is not part of the console itself.

#include "ConsoleApp.h"
#include "mainwindow/MainWindow.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>
#include <QWindow>

#include <ctime>

#include <unistd.h>

// The probe prints to stderr
//   probe: first-frame-ms=N         once the main window's first frame is
//                                   painted (N: ms since the process started,
//                                   exec and dynamic linking included)
//   probe: loaded                   once the first list is in the table;
//   probe: models=N rss-kb=M anon-kb=A file-kb=F
//                                   the resident memory with it, once settled
//                                   (300 ms later, the worker threads idle),
//                                   and quits;
//   probe: load-failed              if that list fails (exit status 3).
// Nothing else: no URLs, no keys.
namespace {

// ms from the start of this process (/proc/self/stat field 22, in clock ticks
// since boot: 10 ms steps) to now; -1 if unknown.
qint64 msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 2 (the name, in parentheses) may hold spaces: count after its ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const int index = 22 - 3; // fields.at(0) is field 3
    timespec now{};
    if (fields.size() <= index || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const double startMs = fields.at(index).toDouble() * 1000.0 / ticks;
    return qint64(double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6 - startMs);
}

// The resident memory from /proc/self/status: "rss-kb=M anon-kb=A file-kb=F"
// (VmRSS, and its anonymous and file-backed parts: heap vs. mapped libraries).
QByteArray memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "rss-kb=-1";
    // procfs files have no size: read them whole, not with atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    const auto kb = [&lines](const QByteArray &name) {
        for (const QByteArray &line : lines) {
            if (line.startsWith(name + ':'))
                return line.mid(name.size() + 1).trimmed().split(' ').value(0);
        }
        return QByteArray("-1");
    };
    return "rss-kb=" + kb("VmRSS") + " anon-kb=" + kb("RssAnon") + " file-kb=" + kb("RssFile");
}

// Watches the window's QWindow for its first Expose: the widgets are painted
// and flushed while that event is handled, so the figure is taken at the
// next turn of the event loop.
class FirstFrame : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *window = qobject_cast<QWindow *>(watched);
        if (event->type() == QEvent::Expose && window && window->isExposed())
            shown();
        return false;
    }
    void shown()
    {
        if (m_seen)
            return;
        m_seen = true;
        QTimer::singleShot(0, this, [this] {
            QTextStream(stderr) << "probe: first-frame-ms=" << msSinceProcessStart() << Qt::endl; // notr
            deleteLater();
        });
    }

private:
    bool m_seen = false;
};

// After show(): the QWindow exists; its Expose is delivered by the event loop.
void install(lb::gui::MainWindow *window)
{
    QWindow *handle = window->windowHandle();
    if (!handle)
        return;
    auto *firstFrame = new FirstFrame(window);
    handle->installEventFilter(firstFrame);
    if (handle->isExposed())
        firstFrame->shown();
    // Queued, and posted events (the table's repaint) sent first.
    QObject::connect(
        window, &lb::gui::MainWindow::modelsLoaded, window,
        [](int count) {
            QTextStream(stderr) << "probe: loaded" << Qt::endl; // notr
            // The steady state: the table painted, the work that follows a
            // list (the saved copy, freeing the old rows) done.
            QTimer::singleShot(300, [count] {
                QThreadPool::globalInstance()->waitForDone(5000);
                QTextStream(stderr) << "probe: models=" << count << ' ' << memory() << Qt::endl; // notr
                QCoreApplication::quit();
            });
        },
        Qt::QueuedConnection);
    // A failed list would never end the run: say so (not why) and quit.
    QObject::connect(
        window, &lb::gui::MainWindow::loadFailed, window,
        [] {
            QTextStream(stderr) << "probe: load-failed" << Qt::endl; // notr
            QCoreApplication::exit(3);
        },
        Qt::QueuedConnection);
}

} // namespace

int main(int argc, char *argv[])
{
    return lb::app::run(argc, argv, install);
}
