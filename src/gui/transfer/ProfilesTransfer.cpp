#include "ProfilesTransfer.h"
#include "ui_ProfilesImportDialog.h"

#include "ImportProblems.h"
#include "settings/Appearance.h"
#include "widgets/MessageBox.h"

#include "profiles/CredentialStore.h"
#include "profiles/ProfileStore.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lb::gui {

namespace {
enum Column { NameColumn, ServerColumn, EnvironmentColumn, ActionColumn, ResultColumn };
} // namespace

bool ProfilesTransfer::exportTo(const ProfileStore *store, const QString &path, QString *error, int *count)
{
    const QList<Profile> profiles = store->profiles();
    const ProfilesDocument doc = ProfilesDocument::fromProfiles(profiles);
    QString why;
    if (!doc.writeFile(path, &why)) {
        if (error)
            *error = why;
        return false;
    }
    if (count)
        *count = int(profiles.size());
    return true;
}

QString ProfilesTransfer::suggestedFileName()
{
    return QStringLiteral("langbot-profiles-%1.json").arg(QDate::currentDate().toString(Qt::ISODate));
}

// The fixed parts are in ui/ProfilesImportDialog.ui (with the tab order);
// the problems page is the one ImportDialog shows too.
ProfilesImportDialog::ProfilesImportDialog(ProfileStore *store, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesImportDialog>())
    , m_store(store)
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    setWindowIcon(Appearance::icon(QStringLiteral("profiles")));
    m_title = m_ui->profilesImportTitle;
    m_pages = m_ui->profilesImportPages;
    m_table = m_ui->profilesImportTable;
    m_detail = m_ui->profilesImportNote;
    m_actionCombo = m_ui->profilesImportAction;
    m_status = m_ui->profilesImportStatus;

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    Appearance::dim(m_ui->profilesImportAbout);
    m_errorPage = new ImportProblems(QStringLiteral("profilesImport"), this);
    m_pages->insertWidget(0, m_errorPage);

    m_table->header()->resizeSection(NameColumn, 160);
    m_table->header()->resizeSection(ServerColumn, 230);
    m_table->header()->resizeSection(EnvironmentColumn, 100);
    m_table->header()->resizeSection(ActionColumn, 150);
    connect(m_table, &QTreeWidget::currentItemChanged, this, [this] { updateDetail(); });
    connect(m_actionCombo, &QComboBox::activated, this, [this](int index) {
        const int row = m_table->indexOfTopLevelItem(m_table->currentItem());
        if (row >= 0)
            setAction(row, static_cast<Action>(m_actionCombo->itemData(index).toInt()));
    });

    m_import = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("profilesImportButton"));
    m_close = m_ui->buttons->button(QDialogButtonBox::Cancel);
    connect(m_import, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    setTabOrder(m_actionCombo, m_import);
    setTabOrder(m_import, m_close);
    updateButton();
    resize(820, 460);
}

ProfilesImportDialog::~ProfilesImportDialog() = default;

bool ProfilesImportDialog::openFile(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (!TransferJson::readFile(path, &bytes, &error)) {
        showErrors(tr("Could not read “%1”. Nothing was changed.").arg(QFileInfo(path).fileName()), {error});
        return false;
    }
    return openDocument(bytes, QFileInfo(path).fileName());
}

bool ProfilesImportDialog::openDocument(const QByteArray &bytes, const QString &sourceName)
{
    const ProfilesDocument::ReadResult read = ProfilesDocument::read(bytes);
    if (!read.ok()) {
        showErrors(tr("“%1” is not a valid profiles document. Nothing was changed.").arg(sourceName),
                   read.errors.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        return false;
    }
    const int n = int(read.document.profiles.size());
    m_title->setText(
        (n == 1 ? tr("Import 1 profile from “%1”.") : tr("Import %n profiles from “%1”.", nullptr, n)).arg(sourceName));
    buildRows(read.document);
    m_valid = true;
    m_pages->setCurrentIndex(1);
    updateButton();
    return true;
}

void ProfilesImportDialog::showErrors(const QString &title, const QStringList &lines)
{
    m_valid = false;
    m_rows.clear();
    m_table->clear();
    m_errorTitle = title;
    m_errorLines = lines;
    m_title->setText(tr("Import profiles"));
    m_errorPage->setProblems(title, lines);
    m_pages->setCurrentIndex(0);
    updateButton();
}

QString ProfilesImportDialog::errorText() const
{
    return m_valid ? QString() : (QStringList{m_errorTitle} + m_errorLines).join(QLatin1Char('\n'));
}

bool ProfilesImportDialog::sameConnection(const Profile &a, const Profile &b)
{
    return a.baseUrl == b.baseUrl && a.authMode == b.authMode && a.userEmail == b.userEmail;
}

bool ProfilesImportDialog::sameSettings(const Profile &a, const Profile &b)
{
    Profile x = a;
    x.id = b.id;
    return x == b;
}

void ProfilesImportDialog::buildRows(const ProfilesDocument &doc)
{
    m_rows.clear();
    m_table->clear();
    for (const Profile &p : doc.profiles) {
        Row row;
        row.profile = p;
        row.existing = m_store->profileByName(p.name);
        if (!row.existing) {
            row.proposed = Action::Add;
            row.reason = tr("New: no profile has this name.");
        } else if (sameSettings(p, *row.existing)) {
            row.proposed = Action::Skip;
            row.reason = tr("The list has this profile already, with the same settings.");
        } else {
            row.proposed = Action::Skip;
            row.reason = tr("The list has a profile named “%1” with other settings. Choose Replace to take "
                            "the file's settings, or Add as copy.")
                             .arg(row.existing->name);
        }
        row.action = row.proposed;
        m_rows.append(row);
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(NameColumn, p.name);
        item->setText(ServerColumn, p.baseUrl.toDisplayString());
        item->setText(EnvironmentColumn, Profile::environmentName(p.environment));
        item->setIcon(NameColumn, Appearance::icon(QStringLiteral("profiles")));
        refreshRow(int(m_rows.size()) - 1);
    }
    if (!m_rows.isEmpty())
        selectRow(0);
}

QString ProfilesImportDialog::actionName(Action action, const QString &copyName)
{
    switch (action) {
    case Action::Add:
        return tr("Add");
    case Action::AddAsCopy:
        return copyName.isEmpty() ? tr("Add as copy") : tr("Add as “%1”").arg(copyName);
    case Action::Replace:
        return tr("Replace");
    case Action::Skip:
        break;
    }
    return tr("Skip");
}

QString ProfilesImportDialog::copyName(const Row &row) const
{
    return m_store->uniqueName(row.profile.name);
}

QList<ProfilesImportDialog::Action> ProfilesImportDialog::allowedActions(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    if (!m_rows.at(row).existing)
        return {Action::Add, Action::Skip};
    return {Action::Replace, Action::AddAsCopy, Action::Skip};
}

bool ProfilesImportDialog::setAction(int row, Action action)
{
    if (m_applied || !allowedActions(row).contains(action))
        return false;
    m_rows[row].action = action;
    refreshRow(row);
    updateDetail();
    updateButton();
    return true;
}

QString ProfilesImportDialog::noteText(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return QString();
    const Row &r = m_rows.at(row);
    if (r.action == Action::Replace && r.existing) {
        QString note = tr("“%1” takes the file's settings and keeps its place in the list.").arg(r.existing->name);
        if (!sameConnection(r.profile, *r.existing))
            note += QLatin1Char(' ')
                + tr("The server address or sign-in changes: its stored API key or "
                     "password is forgotten and asked for again.");
        if (r.existing->isProduction())
            note += QLatin1Char(' ') + tr("It is a production profile: you are asked to type its name.");
        return note;
    }
    if (r.action == Action::AddAsCopy)
        return tr("Added under the name “%1”.").arg(copyName(r));
    return r.reason;
}

void ProfilesImportDialog::refreshRow(int row)
{
    QTreeWidgetItem *item = m_table->topLevelItem(row);
    if (!item)
        return;
    const Row &r = m_rows.at(row);
    item->setText(ActionColumn, actionName(r.action, r.action == Action::AddAsCopy ? copyName(r) : QString()));
    item->setForeground(ActionColumn,
                        Appearance::color(r.action == Action::Skip          ? Appearance::Tone::Muted
                                              : r.action == Action::Replace ? Appearance::Tone::Accent
                                                                            : Appearance::Tone::Success));
    item->setText(ResultColumn, r.result);
    item->setToolTip(ActionColumn, noteText(row));
}

void ProfilesImportDialog::selectRow(int row)
{
    if (QTreeWidgetItem *item = m_table->topLevelItem(row))
        m_table->setCurrentItem(item);
    updateDetail();
}

void ProfilesImportDialog::updateDetail()
{
    const int row = m_table->indexOfTopLevelItem(m_table->currentItem());
    m_actionCombo->clear();
    m_actionCombo->setEnabled(row >= 0 && !m_applied);
    if (row < 0) {
        m_detail->clear();
        return;
    }
    const Row &r = m_rows.at(row);
    for (const Action a : allowedActions(row))
        m_actionCombo->addItem(actionName(a, a == Action::AddAsCopy ? copyName(r) : QString()), int(a));
    m_actionCombo->setCurrentIndex(m_actionCombo->findData(int(r.action)));
    m_detail->setText(noteText(row));
}

void ProfilesImportDialog::updateButton()
{
    int writes = 0;
    for (const Row &r : std::as_const(m_rows))
        writes += r.action == Action::Skip ? 0 : 1;
    m_import->setVisible(!m_applied);
    m_import->setEnabled(m_valid && !m_applied && writes > 0);
    m_import->setText(writes == 0       ? tr("&Import")
                          : writes == 1 ? tr("&Import 1 Profile")
                                        : tr("&Import %n Profiles", nullptr, writes));
    m_close->setText(m_applied || !m_valid ? tr("&Close") : tr("Cancel"));
}

bool ProfilesImportDialog::apply()
{
    if (!m_valid || m_applied)
        return false;
    // Every confirmation first: a refusal leaves the list as it was.
    for (const Row &r : std::as_const(m_rows)) {
        if (r.action != Action::Replace || !r.existing || !r.existing->isProduction())
            continue;
        const bool confirmed = MessageBox::confirmByTyping(
            this, tr("Replace a Production Profile"),
            tr("“%1” is a production profile. The import replaces its settings with the file's. "
               "Type the profile's name to continue.")
                .arg(r.existing->name),
            r.existing->name, tr("&Replace"));
        if (!confirmed) {
            m_status->setText(tr("Nothing was imported: replacing “%1” was not confirmed.").arg(r.existing->name));
            return false;
        }
    }
    int added = 0;
    int replaced = 0;
    int failed = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        switch (r.action) {
        case Action::Skip:
            r.result = tr("skipped");
            break;
        case Action::Add:
        case Action::AddAsCopy: {
            Profile p = r.profile;
            p.id.clear();
            if (r.action == Action::AddAsCopy)
                p.name = copyName(r);
            const QString id = m_store->add(p);
            if (id.isEmpty()) {
                r.result = tr("failed: the profile could not be added");
                ++failed;
            } else {
                const std::optional<Profile> stored = m_store->profile(id);
                r.result
                    = stored && stored->name != r.profile.name ? tr("added as “%1”").arg(stored->name) : tr("added");
                ++added;
            }
            break;
        }
        case Action::Replace: {
            // The list may have changed since the preview: find it again.
            const std::optional<Profile> existing = r.existing ? m_store->profile(r.existing->id) : std::nullopt;
            if (!existing) {
                r.result = tr("failed: the profile to replace is gone");
                ++failed;
                break;
            }
            Profile p = r.profile;
            p.id = existing->id;
            p.name = existing->name; // same name, case as in the list
            const bool forget = !sameConnection(p, *existing);
            if (!m_store->update(p)) {
                r.result = tr("failed: %1")
                               .arg(p.validate().isEmpty() ? tr("the profile could not be saved") : p.validate());
                ++failed;
                break;
            }
            if (forget && m_credentials)
                m_credentials->removeAll(p.id);
            r.result = forget ? tr("replaced (secret forgotten)") : tr("replaced");
            ++replaced;
            break;
        }
        }
        refreshRow(i);
    }
    m_store->sync();
    m_applied = true;
    m_status->setText(failed > 0 ? tr("%1 added, %2 replaced, %3 failed.").arg(added).arg(replaced).arg(failed)
                                 : tr("%1 added, %2 replaced.").arg(added).arg(replaced));
    updateDetail();
    updateButton();
    if (added + replaced > 0)
        emit imported(added, replaced);
    return added + replaced > 0;
}

} // namespace lb::gui
