<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>lb::DocumentErrors</name>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ImportPlan</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without keys)</source>
        <translation>
            <numerusform>(%n without keys)</numerusform>
            <numerusform>(%n without keys)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n to skip</numerusform>
            <numerusform>%n to skip</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::LlmTableModel</name>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n API key</numerusform>
            <numerusform>%n API keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s), hidden by the server (no secret permission)</source>
        <translation>
            <numerusform>%n API key, hidden by the server (no secret permission)</numerusform>
            <numerusform>%n API keys, hidden by the server (no secret permission)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used by %n pipeline(s):</source>
        <translation>
            <numerusform>Used by %n pipeline:</numerusform>
            <numerusform>Used by %n pipelines:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ProviderListModel</name>
    <message numerus="yes">
        <source>%n key(s), hidden by the server (no secret permission)</source>
        <translation>
            <numerusform>%n key, hidden by the server (no secret permission)</numerusform>
            <numerusform>%n keys, hidden by the server (no secret permission)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ReplaceRunner</name>
    <message numerus="yes">
        <source>Changed: %n field(s).</source>
        <translation>
            <numerusform>Changed: %n field.</numerusform>
            <numerusform>Changed: %n fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::cli::CommandLine</name>
    <message numerus="yes">
        <source>Exported %n model(s) to %1.</source>
        <translation>
            <numerusform>Exported %n model to %1.</numerusform>
            <numerusform>Exported %n models to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile and this import overwrites %n model(s). Check the plan with --dry-run, then run again with --yes.</source>
        <translation>
            <numerusform>“%1” is a production profile and this import overwrites %n model. Check the plan with --dry-run, then run again with --yes.</numerusform>
            <numerusform>“%1” is a production profile and this import overwrites %n models. Check the plan with --dry-run, then run again with --yes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>used %n time</numerusform>
            <numerusform>used %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models are called “%1”: name it by its UUID.</source>
        <translation>
            <numerusform>%n model is called “%1”: name it by its UUID.</numerusform>
            <numerusform>%n models are called “%1”: name it by its UUID.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %n models to %1.</source>
        <translation>
            <numerusform>Exported %n model to %1.</numerusform>
            <numerusform>Exported %n models to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportDialog</name>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Models</source>
        <translation>
            <numerusform>&amp;Import %n Model</numerusform>
            <numerusform>&amp;Import %n Models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n keys you entered are sent.</source>
        <translation>
            <numerusform>The key you entered is sent.</numerusform>
            <numerusform>The %n keys you entered are sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s keys are sent (%n).</source>
        <translation>
            <numerusform>The file&apos;s key is sent.</numerusform>
            <numerusform>The file&apos;s keys are sent (%n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile. This import overwrites %n models there. Type the profile&apos;s name to continue.</source>
        <translation>
            <numerusform>“%1” is a production profile. This import overwrites one model there. Type the profile&apos;s name to continue.</numerusform>
            <numerusform>“%1” is a production profile. This import overwrites %n models there. Type the profile&apos;s name to continue.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportPreviewModel</name>
    <message numerus="yes">
        <source>new, %n fields</source>
        <translation>
            <numerusform>new, %n field</numerusform>
            <numerusform>new, %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entered</source>
        <translation>
            <numerusform>%n entered</numerusform>
            <numerusform>%n entered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from the file</source>
        <translation>
            <numerusform>%n from the file</numerusform>
            <numerusform>%n from the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::KeysPromptDialog</name>
    <message numerus="yes">
        <source>The file carries no API keys for %n models this import creates.</source>
        <translation>
            <numerusform>The file carries no API keys for the model this import creates.</numerusform>
            <numerusform>The file carries no API keys for %n models this import creates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys on the source server</source>
        <translation>
            <numerusform>%n key on the source server</numerusform>
            <numerusform>%n keys on the source server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue (%n without keys)</source>
        <translation>
            <numerusform>&amp;Continue (%n without keys)</numerusform>
            <numerusform>&amp;Continue (%n without keys)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDeletion</name>
    <message numerus="yes">
        <source>Delete %n models? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n model? This cannot be undone.</numerusform>
            <numerusform>Delete %n models? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfileManagerDialog</name>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n profiles?</source>
        <translation>
            <numerusform>Discard the unsaved changes to %n profile?</numerusform>
            <numerusform>Discard the unsaved changes to %n profiles?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfilesImportDialog</name>
    <message numerus="yes">
        <source>Import %n profiles from “%1”.</source>
        <translation>
            <numerusform>Import %n profile from “%1”.</numerusform>
            <numerusform>Import %n profiles from “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Profiles</source>
        <translation>
            <numerusform>&amp;Import %n Profile</numerusform>
            <numerusform>&amp;Import %n Profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderDeletion</name>
    <message numerus="yes">
        <source>Delete these %n model(s) and then the provider “%1”?</source>
        <translation>
            <numerusform>Delete %n model and then the provider “%1”?</numerusform>
            <numerusform>Delete these %n models and then the provider “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move these %n model(s) to “%1” and then delete the provider “%2”?</source>
        <translation>
            <numerusform>Move %n model to “%1” and then delete the provider “%2”?</numerusform>
            <numerusform>Move these %n models to “%1” and then delete the provider “%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refuses to delete “%1” while models use it. These %n model(s) use it:</source>
        <translation>
            <numerusform>The server refuses to delete “%1” while models use it. %n model uses it:</numerusform>
            <numerusform>The server refuses to delete “%1” while models use it. These %n models use it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderDialog</name>
    <message numerus="yes">
        <source>The server hides %n of the source&apos;s API keys (no secret permission): the copy cannot take them. Type the keys the copy should use.</source>
        <translation>
            <numerusform>The server hides %n of the source&apos;s API keys (no secret permission): the copy cannot take it. Type the key the copy should use.</numerusform>
            <numerusform>The server hides %n of the source&apos;s API keys (no secret permission): the copy cannot take them. Type the keys the copy should use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ReplaceModelDialog</name>
    <message numerus="yes">
        <source>%n pipeline(s) change. Each is read again just before it is written, and only these fields change; writing a pipeline clears its conversations in memory.</source>
        <translation>
            <numerusform>%n pipeline changes. It is read again just before it is written, and only these fields change; writing a pipeline clears its conversations in memory.</numerusform>
            <numerusform>%n pipelines change. Each is read again just before it is written, and only these fields change; writing a pipeline clears its conversations in memory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” by “%2” in %n pipeline(s)?</source>
        <translation>
            <numerusform>Replace “%1” by “%2” in %n pipeline?</numerusform>
            <numerusform>Replace “%1” by “%2” in %n pipelines?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still used by %n pipeline(s).</source>
        <translation>
            <numerusform>“%1” is still used by %n pipeline.</numerusform>
            <numerusform>“%1” is still used by %n pipelines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace in %n Pipeline(s)</source>
        <translation>
            <numerusform>&amp;Replace in %n Pipeline</numerusform>
            <numerusform>&amp;Replace in %n Pipelines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::ScanModelsDialog</name>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (the reason is in the Status column)</source>
        <translation>
            <numerusform>%n failed (the reason is in the Status column)</numerusform>
            <numerusform>%n failed (the reason is in the Status column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n not sent</numerusform>
            <numerusform>%n not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered</source>
        <translation>
            <numerusform>%n model offered</numerusform>
            <numerusform>%n models offered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Model(s)</source>
        <translation>
            <numerusform>&amp;Add %n Model</numerusform>
            <numerusform>&amp;Add %n Models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::TransferActions</name>
    <message numerus="yes">
        <source>Exported %n profiles to %1 (without secrets).</source>
        <translation>
            <numerusform>Exported %n profile to %1 (without secrets).</numerusform>
            <numerusform>Exported %n profiles to %1 (without secrets).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::WhereUsedDialog</name>
    <message numerus="yes">
        <source>“%1” is used by %n pipeline(s):</source>
        <translation>
            <numerusform>“%1” is used by %n pipeline:</numerusform>
            <numerusform>“%1” is used by %n pipelines:</numerusform>
        </translation>
    </message>
</context>
</TS>
