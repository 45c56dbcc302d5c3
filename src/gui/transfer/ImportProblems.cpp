#include "ImportProblems.h"
#include "ui_ImportProblems.h"

#include "settings/Appearance.h"

#include <QFontDatabase>

namespace lb::gui {

ImportProblems::ImportProblems(const QString &namePrefix, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImportProblems>())
{
    m_ui->setupUi(this);
    m_ui->problemsTitle->setObjectName(namePrefix + QStringLiteral("ErrorTitle"));
    m_ui->problemsList->setObjectName(namePrefix + QStringLiteral("Errors"));
    m_ui->problemsRetry->setObjectName(namePrefix + QStringLiteral("Retry"));
    m_ui->problemsIcon->setPixmap(Appearance::noticeIcon(Appearance::Notice::Error).pixmap(20, 20));
    QFont bold = m_ui->problemsTitle->font();
    bold.setBold(true);
    m_ui->problemsTitle->setFont(bold);
    m_ui->problemsList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->problemsRetry->setIcon(Appearance::icon(QStringLiteral("refresh")));
    m_ui->problemsRetry->hide();
}

ImportProblems::~ImportProblems() = default;

void ImportProblems::setProblems(const QString &title, const QStringList &lines)
{
    m_ui->problemsTitle->setText(title);
    m_ui->problemsList->setPlainText(lines.join(QLatin1Char('\n')));
}

QPushButton *ImportProblems::retryButton() const
{
    return m_ui->problemsRetry;
}

} // namespace lb::gui
