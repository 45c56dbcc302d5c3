<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CertificateDialog</name>
    <message>
        <source>&lt;b&gt;The server&apos;s certificate is not trusted by this system.&lt;/b&gt;</source>
        <translation>&lt;b&gt;此系统不信任该服务器的证书。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Models</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <source>The file is a JSON document that reads well in version control and can be imported into this or another server. Without keys, it holds nothing secret.</source>
        <translation>该文件是 JSON 文档，便于在版本控制中阅读，并可导入到此服务器或其他服务器。不含密钥时，其中没有任何机密信息。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation>机密信息：</translation>
    </message>
    <message>
        <source>Off: every model&apos;s keys are replaced by a marker with their number</source>
        <translation>关闭时：每个模型的密钥都会替换为标明其数量的标记</translation>
    </message>
    <message>
        <source>Include API &amp;keys (plain text)</source>
        <translation>包含 API 密钥（明文）(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file will hold every API key in plain text.&lt;/b&gt;&lt;br&gt;Anyone who can read it can use the keys and run up costs. Keep it out of version control, do not send it by e-mail or chat, and delete it when done.</source>
        <translation>&lt;b&gt;该文件将以明文形式包含所有 API 密钥。&lt;/b&gt;&lt;br&gt;任何能读取该文件的人都可以使用这些密钥并产生费用。请勿将其纳入版本控制，不要通过电子邮件或聊天发送，并在使用完毕后删除。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Models</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Models in the file</source>
        <translation>文件中的模型</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>Server &amp;model:</source>
        <translation>服务器模型(&amp;M)：</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Enter &amp;Keys…</source>
        <translation>输入密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>服务器上</translation>
    </message>
    <message>
        <source>After the import</source>
        <translation>导入后</translation>
    </message>
    <message>
        <source>Back to the proposed action of every model</source>
        <translation>将每个模型恢复为建议的操作</translation>
    </message>
    <message>
        <source>&amp;Reset Actions</source>
        <translation>重置操作(&amp;R)</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
</context>
<context>
    <name>ImportProblems</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>KeysPromptDialog</name>
    <message>
        <source>API Keys for New Models</source>
        <translation>新模型的 API 密钥</translation>
    </message>
    <message>
        <source>Enter the keys to send with each new model (several separated by commas). A model left empty is created without keys: the report flags it, and it cannot be used until keys are added.</source>
        <translation>请输入随每个新模型发送的密钥（多个密钥以逗号分隔）。留空的模型将在没有密钥的情况下创建：报告中会标记它，并且在添加密钥之前无法使用。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Could not start the demo server on port %1: %2</source>
        <translation>无法在端口 %1 上启动演示服务器：%2</translation>
    </message>
    <message>
        <source>Demo LangBot server on %1 — API key: %2</source>
        <translation>演示 LangBot 服务器位于 %1 — API 密钥：%2</translation>
    </message>
    <message>
        <source>A desktop console for the LLM models of LangBot servers.
It opens the server profile used last; with no profiles yet, the built-in demo server.</source>
        <translation>用于管理 LangBot 服务器 LLM 模型的桌面控制台。
启动时打开上次使用的服务器配置；若尚无配置，则打开内置演示服务器。</translation>
    </message>
    <message>
        <source>Open the server profile called NAME (see Server → Manage Profiles…).</source>
        <translation>打开名为 NAME 的服务器配置（参见“服务器 → 管理配置…”）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Connect to the LangBot server at URL without saving a profile. The API key is read from the environment variable LANGBOT_API_KEY.</source>
        <translation>连接到位于 URL 的 LangBot 服务器，不保存配置。API 密钥从环境变量 LANGBOT_API_KEY 读取。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open the built-in demo server (even when --profile or --url is given).</source>
        <translation>打开内置演示服务器（即使指定了 --profile 或 --url）。</translation>
    </message>
    <message>
        <source>Run only the demo LangBot server, without a window, until killed.</source>
        <translation>仅运行演示 LangBot 服务器，不显示窗口，直到进程被终止。</translation>
    </message>
    <message>
        <source>Port of --demo-server (default 5300).</source>
        <translation>--demo-server 的端口（默认 5300）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>For the documentation: show sample profiles (never yours), list and test the models of the demo server, save a picture of the window to FILE (PNG) and quit.</source>
        <translation>用于文档：显示示例配置（绝不使用您的配置），列出并测试演示服务器的模型，将窗口截图保存到 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>For the documentation: save a picture of the profile manager with sample profiles to FILE (PNG) and quit.</source>
        <translation>用于文档：将带有示例配置的配置管理器截图保存到 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <source>For the documentation: save a picture of the window showing a saved list offline (sample profiles, never yours) to FILE (PNG) and quit.</source>
        <translation>用于文档：将离线显示已保存列表的窗口截图（示例配置，绝不使用您的配置）保存到 FILE（PNG）后退出。</translation>
    </message>
    <message>
        <source>--port needs a number from 0 (any free port) to 65535.</source>
        <translation>--port 需要 0（任意空闲端口）到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>LangBot Console</source>
        <translation>LangBot Console</translation>
    </message>
    <message>
        <source>--profile: there is no profile called “%1”.</source>
        <translation>--profile：不存在名为“%1”的配置。</translation>
    </message>
    <message>
        <source>There are no profiles yet; add one in the console (Server → Manage Profiles…).</source>
        <translation>尚无任何配置；请在控制台中添加（服务器 → 管理配置…）。</translation>
    </message>
    <message>
        <source>Known profiles:</source>
        <translation>已有配置：</translation>
    </message>
    <message>
        <source>--url: %1</source>
        <translation>--url：%1</translation>
    </message>
    <message>
        <source>For the documentation: save pictures of the window and of the model, import and profile dialogs (sample profiles, never yours) in DIR (PNG) and quit.</source>
        <translation>用于文档：将主窗口以及模型、导入和配置对话框的截图（使用示例配置，绝不使用您的配置）以 PNG 保存到 DIR 后退出。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--langbot-version: “%1” is not a LangBot version (4.6, 4.9, 4.10 or a full one such as 4.10.8).</source>
        <translation>--langbot-version：“%1”不是 LangBot 版本（4.6、4.9、4.10，或完整版本，如 4.10.8）。</translation>
    </message>
    <message>
        <source>LangBot version: %1</source>
        <translation>LangBot 版本：%1</translation>
    </message>
    <message>
        <source>View-only API key: %1</source>
        <translation>只读 API 密钥：%1</translation>
    </message>
    <message>
        <source>User login: %1, password: %2</source>
        <translation>用户登录：%1，密码：%2</translation>
    </message>
    <message>
        <source>The LangBot version --demo-server speaks: 4.6, 4.9 or 4.10 (default %1).</source>
        <translation>--demo-server 模拟的 LangBot 版本：4.6、4.9 或 4.10（默认 %1）。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
</context>
<context>
    <name>ModelDialog</name>
    <message>
        <source>Loading the requester settings…</source>
        <translation>正在加载请求器设置…</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Server Profiles</source>
        <translation>服务器配置</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a server profile (Ctrl+N)</source>
        <translation>添加服务器配置 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Duplicate the selected profile (Ctrl+D)</source>
        <translation>复制所选配置 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected profile (Del)</source>
        <translation>删除所选配置 (Del)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move the profile up (Ctrl+Shift+Up)</source>
        <translation>上移配置 (Ctrl+Shift+Up)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Move the profile down (Ctrl+Shift+Down)</source>
        <translation>下移配置 (Ctrl+Shift+Down)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>例如：Acme 生产环境</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>A path prefix is fine when LangBot runs behind a reverse proxy, e.g. https://example.org/langbot.</source>
        <translation>LangBot 运行在反向代理之后时，可以带路径前缀，例如 https://example.org/langbot。</translation>
    </message>
    <message>
        <source>Sign-&amp;in:</source>
        <translation>登录方式(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Environ&amp;ment:</source>
        <translation>环境(&amp;M)：</translation>
    </message>
    <message>
        <source>Co&amp;lour…</source>
        <translation>颜色(&amp;L)…</translation>
    </message>
    <message>
        <source>Choose the colour of this profile</source>
        <translation>选择此配置的颜色</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Use the environment&apos;s colour</source>
        <translation>使用环境的颜色</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>请求超时(&amp;R)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Test timeout:</source>
        <translation>测试超时(&amp;T)：</translation>
    </message>
    <message>
        <source>How long a model test may take; servers wait up to about 120 s for a provider</source>
        <translation>单次模型测试允许的最长时间；服务器等待提供商最多约 120 秒</translation>
    </message>
    <message>
        <source>TLS certificate:</source>
        <translation>TLS 证书：</translation>
    </message>
    <message>
        <source>None pinned: the system verifies the certificate</source>
        <translation>未固定：由系统验证证书</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>忘记(&amp;F)</translation>
    </message>
    <message>
        <source>Stop trusting this certificate for this profile</source>
        <translation>此配置不再信任该证书</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>检查连接(&amp;C)</translation>
    </message>
    <message>
        <source>Ask the server for its version and, with the secret, list its models</source>
        <translation>向服务器查询其版本，并在有密钥时列出其模型</translation>
    </message>
    <message>
        <source>Cancel Check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Trust Certific&amp;ate…</source>
        <translation>信任证书(&amp;A)…</translation>
    </message>
    <message>
        <source>Try A&amp;gain</source>
        <translation>重试(&amp;G)</translation>
    </message>
    <message>
        <source>Keep for This Session Onl&amp;y</source>
        <translation>仅在本次会话中保留(&amp;Y)</translation>
    </message>
    <message>
        <source>Keep the secret in memory until the console quits; nothing is written to disk</source>
        <translation>将密钥保存在内存中直到控制台退出；不会写入磁盘</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Forget the unsaved changes of this profile</source>
        <translation>放弃此配置未保存的更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Use the &amp;Demo Server</source>
        <translation>使用演示服务器(&amp;D)</translation>
    </message>
    <message>
        <source>Close this dialog and show the built-in demo server, with sample models</source>
        <translation>关闭此对话框并显示内置演示服务器及其示例模型</translation>
    </message>
    <message>
        <source>&amp;Open in Window</source>
        <translation>在窗口中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Close this dialog and show the models of the selected server</source>
        <translation>关闭此对话框并显示所选服务器的模型</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ProfilesImportDialog</name>
    <message>
        <source>Import Profiles</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Profiles hold no secrets: after the import, each new profile asks for its API key or password when it is first opened.</source>
        <translation>配置中不含任何机密信息：导入后，每个新配置在首次打开时会要求输入其 API 密钥或密码。</translation>
    </message>
    <message>
        <source>Profiles in the file</source>
        <translation>文件中的配置</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>ReplaceModelDialog</name>
    <message>
        <source>Replace:</source>
        <translation>替换：</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>替换为(&amp;W)：</translation>
    </message>
    <message>
        <source>Its provider:</source>
        <translation>其提供商：</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Config field</source>
        <translation>配置字段</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Where:</source>
        <translation>存储位置：</translation>
    </message>
    <message>
        <source>Stored by the system&apos;s keychain (Secret Service), never in a file</source>
        <translation>由系统钥匙串（Secret Service）存储，绝不写入文件</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>记住在钥匙串中(&amp;R)</translation>
    </message>
    <message>
        <source>Kept in memory until the console quits</source>
        <translation>保存在内存中，直到控制台退出</translation>
    </message>
    <message>
        <source>Keep for this session &amp;only</source>
        <translation>仅在本次会话中保留(&amp;O)</translation>
    </message>
</context>
<context>
    <name>lb::ApiCall</name>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>在 %1 秒内未收到完整应答</translation>
    </message>
    <message>
        <source>the credentials were refused and not renewed within %1 s</source>
        <translation>凭据被拒绝，且未能在 %1 秒内续期</translation>
    </message>
    <message>
        <source>the answer is %1 MiB, more than the limit of %2 MiB</source>
        <translation>应答大小为 %1 MiB，超过了 %2 MiB 的限制</translation>
    </message>
    <message>
        <source>the answer is larger than the limit of %1 MiB</source>
        <translation>应答大小超过了 %1 MiB 的限制</translation>
    </message>
    <message>
        <source>the server redirected from https to insecure %1 (%2); not followed</source>
        <translation>服务器从 https 重定向到了不安全的 %1（%2）；未跟随</translation>
    </message>
    <message>
        <source>the server redirected to another address (%1); not followed, so the credentials were not sent there. Use the final address as the server URL</source>
        <translation>服务器重定向到了另一个地址（%1）；未跟随，因此凭据未发送到该地址。请使用最终地址作为服务器 URL</translation>
    </message>
    <message>
        <source>connection refused (is LangBot running at %1?)</source>
        <translation>连接被拒绝（LangBot 是否在 %1 上运行？）</translation>
    </message>
    <message>
        <source>unknown host “%1”</source>
        <translation>未知主机“%1”</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>应答完成前连接已关闭</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>服务器未应答就关闭了连接</translation>
    </message>
    <message>
        <source>the server closed the connection without answering; the request was not sent again (check whether the server applied it)</source>
        <translation>服务器未应答就关闭了连接；请求未重新发送（请检查服务器是否已执行该请求）</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒内没有收到数据</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>%1 的证书不受信任：%2</translation>
    </message>
    <message>
        <source>(and it is not the certificate trusted for this profile)</source>
        <translation>（且不是此配置所信任的证书）</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>问题：%1</translation>
    </message>
</context>
<context>
    <name>lb::ApiClient</name>
    <message>
        <source>“data” is missing or not an object</source>
        <translation>“data”缺失或不是对象</translation>
    </message>
    <message>
        <source>“data.%1” is missing or has the wrong type</source>
        <translation>“data.%1”缺失或类型错误</translation>
    </message>
    <message>
        <source>“data.model”: %1</source>
        <translation>“data.model”：%1</translation>
    </message>
    <message>
        <source>“data.models[%1]”: %2</source>
        <translation>“data.models[%1]”：%2</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>valid from %1 to %2 (UTC)</source>
        <translation>有效期：%1 至 %2（UTC）</translation>
    </message>
    <message>
        <source>names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>lb::ApiError</name>
    <message>
        <source>No error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation>无效响应</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>could not reach the server</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器未及时应答</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>服务器返回 HTTP %1</translation>
    </message>
    <message>
        <source>the server refused the credentials (HTTP 401)</source>
        <translation>服务器拒绝了凭据（HTTP 401）</translation>
    </message>
    <message>
        <source>permission denied (HTTP 403)</source>
        <translation>权限被拒绝（HTTP 403）</translation>
    </message>
    <message>
        <source>not found on the server (HTTP 404)</source>
        <translation>服务器上未找到（HTTP 404）</translation>
    </message>
    <message>
        <source>the server reported an error (HTTP %1)</source>
        <translation>服务器报告了错误（HTTP %1）</translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>服务器报告了错误</translation>
    </message>
    <message>
        <source>[code %1]</source>
        <translation>[代码 %1]</translation>
    </message>
    <message>
        <source>the answer was not what a LangBot server sends</source>
        <translation>应答内容不像 LangBot 服务器发送的</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>an HTML page came back instead of the LangBot API; check the server URL and its path prefix</source>
        <translation>返回的是 HTML 页面而不是 LangBot API；请检查服务器 URL 及其路径前缀</translation>
    </message>
    <message>
        <source>an HTML error page came back (a proxy or web server in front of LangBot?)</source>
        <translation>返回了 HTML 错误页面（LangBot 前面是否有代理或 Web 服务器？）</translation>
    </message>
    <message>
        <source>an HTML page came back instead of JSON: this is not a LangBot API at that URL (check the server URL and its path prefix)</source>
        <translation>返回的是 HTML 页面而不是 JSON：该 URL 上不是 LangBot API（请检查服务器 URL 及其路径前缀）</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>应答为空</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>应答不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the JSON answer has no LangBot envelope (no &quot;code&quot; field)</source>
        <translation>JSON 应答没有 LangBot 信封结构（缺少 &quot;code&quot; 字段）</translation>
    </message>
    <message>
        <source>%1 failed: you lack the permission %2 (HTTP 403)</source>
        <translation>%1 失败：你缺少权限 %2（HTTP 403）</translation>
    </message>
    <message>
        <source>this server does not allow signing in with a password; use an API key</source>
        <translation>此服务器不允许使用密码登录；请使用 API 密钥</translation>
    </message>
    <message>
        <source>the server is busy (HTTP 429); try again later</source>
        <translation>服务器繁忙（HTTP 429）；请稍后再试</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>（请求 ID %1）</translation>
    </message>
</context>
<context>
    <name>lb::ConnectionCheck</name>
    <message>
        <source>The profile has no user e-mail address to log in with.</source>
        <translation>此配置没有用于登录的用户电子邮件地址。</translation>
    </message>
    <message>
        <source>The connection check was cancelled.</source>
        <translation>连接检查已取消。</translation>
    </message>
</context>
<context>
    <name>lb::CredentialRequest</name>
    <message>
        <source>or keep the secret in memory for this session only.</source>
        <translation>或仅在本次会话中将密钥保存在内存中。</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service answers on the session D-Bus. Install and unlock one (e.g. gnome-keyring or KeePassXC with Secret Service integration), %1</source>
        <translation>没有可用的钥匙串：会话 D-Bus 上没有 Secret Service 响应。请安装并解锁一个（例如 gnome-keyring 或启用了 Secret Service 集成的 KeePassXC），%1</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring (e.g. the &quot;Login&quot; keyring) and allow LangBot Console to use it, then try again; %2</source>
        <translation>钥匙串拒绝了访问（%1）。请解锁您的密钥环（例如“登录”密钥环）并允许 LangBot Console 使用它，然后重试；%2</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s. It may be locked and waiting for a password prompt: unlock it and try again, %2</source>
        <translation>钥匙串未在 %1 秒内响应。它可能已锁定并正在等待密码提示：请解锁后重试，%2</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this profile yet: enter it to continue.</source>
        <translation>钥匙串中尚未存储此配置的密钥：请输入密钥以继续。</translation>
    </message>
    <message>
        <source>The keychain reported an error (%1). Check that your keyring service is running and unlocked, then try again; %2</source>
        <translation>钥匙串报告了错误（%1）。请检查密钥环服务是否正在运行且已解锁，然后重试；%2</translation>
    </message>
    <message>
        <source>locked or denied</source>
        <translation>已锁定或被拒绝</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>The keychain request was cancelled.</source>
        <translation>钥匙串请求已取消。</translation>
    </message>
    <message>
        <source>No profile was given to read a secret for.</source>
        <translation>未指定要读取密钥的配置。</translation>
    </message>
    <message>
        <source>No profile was given to store a secret for.</source>
        <translation>未指定要存储密钥的配置。</translation>
    </message>
    <message>
        <source>Nothing to store: the secret is empty.</source>
        <translation>无需存储：密钥为空。</translation>
    </message>
    <message>
        <source>No profile was given to remove a secret of.</source>
        <translation>未指定要删除密钥的配置。</translation>
    </message>
</context>
<context>
    <name>lb::DocumentErrors</name>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… 以及另外 %n 个错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::FieldSpec</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true</source>
        <translation>true</translation>
    </message>
    <message>
        <source>false</source>
        <translation>false</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数字 %1</translation>
    </message>
    <message>
        <source>the text &quot;%1&quot;</source>
        <translation>文本“%1”</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON 对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>not an object; the field is skipped</source>
        <translation>不是对象；已跳过该字段</translation>
    </message>
    <message>
        <source>missing; the field is skipped</source>
        <translation>缺失；已跳过该字段</translation>
    </message>
    <message>
        <source>not a string; the field is skipped</source>
        <translation>不是字符串；已跳过该字段</translation>
    </message>
    <message>
        <source>empty; the field is skipped</source>
        <translation>为空；已跳过该字段</translation>
    </message>
    <message>
        <source>missing; edited as raw JSON</source>
        <translation>缺失；以原始 JSON 编辑</translation>
    </message>
    <message>
        <source>not a string; edited as raw JSON</source>
        <translation>不是字符串；以原始 JSON 编辑</translation>
    </message>
    <message>
        <source>not true or false; taken as false</source>
        <translation>不是 true 或 false；按 false 处理</translation>
    </message>
    <message>
        <source>missing; the option is skipped</source>
        <translation>缺失；已跳过该选项</translation>
    </message>
    <message>
        <source>not a string; the option is skipped</source>
        <translation>不是字符串；已跳过该选项</translation>
    </message>
    <message>
        <source>not an object; the option is skipped</source>
        <translation>不是对象；已跳过该选项</translation>
    </message>
    <message>
        <source>not a list; ignored</source>
        <translation>不是列表；已忽略</translation>
    </message>
    <message>
        <source>the minimum is greater than the maximum; both are ignored</source>
        <translation>最小值大于最大值；两者均被忽略</translation>
    </message>
    <message>
        <source>%1 does not fit the type &quot;%2&quot;; new records start empty</source>
        <translation>%1 不符合类型“%2”；新记录将以空值开始</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>文本列表</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>%1 was stored as %2 and is read as %3.</source>
        <translation>%1 存储为 %2，读取为 %3。</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not %3; it is edited as raw JSON.</source>
        <translation>%1 包含 %2，不是%3；将以原始 JSON 编辑。</translation>
    </message>
    <message>
        <source>%1 is not set in this record; the default is shown.</source>
        <translation>此记录中未设置 %1；显示的是默认值。</translation>
    </message>
    <message>
        <source>%1 is not set in this record.</source>
        <translation>此记录中未设置 %1。</translation>
    </message>
    <message>
        <source>%1 must be a text.</source>
        <translation>%1 必须是文本。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a list of texts.</source>
        <translation>%1 必须是文本列表。</translation>
    </message>
    <message>
        <source>%1 must be a JSON object.</source>
        <translation>%1 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>%1 must be a web address that starts with http:// or https:// and names a host, such as https://api.example.com/v1.</source>
        <translation>%1 必须是以 http:// 或 https:// 开头并包含主机名的网址，例如 https://api.example.com/v1。</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2.</source>
        <translation>%1 必须是整数，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <source>%1 must be at least %2.</source>
        <translation>%1 不能小于 %2。</translation>
    </message>
    <message>
        <source>%1 must be at most %2.</source>
        <translation>%1 不能大于 %2。</translation>
    </message>
    <message>
        <source>%1: item %2 must be a text.</source>
        <translation>%1：第 %2 项必须是文本。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1，位于第 %2 个字符</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>more than one value</source>
        <translation>多个值</translation>
    </message>
</context>
<context>
    <name>lb::I18nText</name>
    <message>
        <source>not a text or a map of translations</source>
        <translation>既不是文本，也不是翻译映射</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>不是字符串</translation>
    </message>
</context>
<context>
    <name>lb::ImportPlan</name>
    <message>
        <source>no keys</source>
        <translation>无密钥</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（已设置）</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已更改）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已更改）</translation>
    </message>
    <message>
        <source>%1 models on the server are named &quot;%2&quot;: choose the one to update, or create a new one</source>
        <translation>服务器上有 %1 个名为“%2”的模型：请选择要更新的模型，或新建一个</translation>
    </message>
    <message>
        <source>no model with this uuid or name on the server</source>
        <translation>服务器上没有具有此 uuid 或名称的模型</translation>
    </message>
    <message>
        <source>no model named &quot;%1&quot; on the server</source>
        <translation>服务器上没有名为“%1”的模型</translation>
    </message>
    <message>
        <source>matched by uuid</source>
        <translation>按 uuid 匹配</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>按名称匹配</translation>
    </message>
    <message>
        <source>models[%1] already matches the same server model (%2)</source>
        <translation>models[%1] 已匹配到同一个服务器模型（%2）</translation>
    </message>
    <message>
        <source>the server&apos;s model uses the requester &quot;%1&quot;, the document&apos;s &quot;%2&quot;; an update cannot change it (%3)</source>
        <translation>服务器上的模型使用请求器“%1”，文档中为“%2”；更新无法更改请求器（%3）</translation>
    </message>
    <message>
        <source>identical to the server&apos;s model (%1)</source>
        <translation>与服务器上的模型相同（%1）</translation>
    </message>
    <message>
        <source>differs from the server&apos;s model (%1)</source>
        <translation>与服务器上的模型不同（%1）</translation>
    </message>
    <message>
        <source>exists on the server and differs (%1); the on-conflict policy is skip</source>
        <translation>已存在于服务器上且有差异（%1）；冲突策略为跳过</translation>
    </message>
    <message>
        <source>a model named &quot;%1&quot; exists on the server already; this creates a second one</source>
        <translation>服务器上已存在名为“%1”的模型；此操作将再创建一个</translation>
    </message>
    <message>
        <source>the document carries no API keys: the model is created without keys unless keys are supplied</source>
        <translation>文档中不含 API 密钥：除非另行提供密钥，否则创建的模型将没有密钥</translation>
    </message>
    <message>
        <source>the requester stays &quot;%1&quot;: a saved model&apos;s requester cannot change (the document says &quot;%2&quot;)</source>
        <translation>请求器保持为“%1”：已保存模型的请求器无法更改（文档中为“%2”）</translation>
    </message>
    <message>
        <source>the source server masked the API keys (&quot;***&quot;); they were not exported</source>
        <translation>源服务器屏蔽了 API 密钥（&quot;***&quot;）；这些密钥未被导出</translation>
    </message>
    <message>
        <source>no such row</source>
        <translation>没有该行</translation>
    </message>
    <message>
        <source>several server models have this name: choose the one to update first</source>
        <translation>服务器上有多个模型使用此名称：请先选择要更新的模型</translation>
    </message>
    <message>
        <source>there is no server model to update: create it instead</source>
        <translation>服务器上没有可更新的模型：请改为创建</translation>
    </message>
    <message>
        <source>no model with the uuid &quot;%1&quot; on the server</source>
        <translation>服务器上没有 uuid 为“%1”的模型</translation>
    </message>
    <message numerus="yes">
        <source>%n to create</source>
        <translation>
            <numerusform>%n 个待创建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n without keys)</source>
        <translation>
            <numerusform>（%n 个无密钥）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n 个待更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n 个待跳过</numerusform>
        </translation>
    </message>
    <message>
        <source>secrets left out of the export are created without a value: %1</source>
        <translation>导出时略去的机密在创建时没有值：%1</translation>
    </message>
    <message>
        <source>the server&apos;s provider &quot;%1&quot; has the same requester, base URL and keys</source>
        <translation>服务器的提供商“%1”具有相同的请求器、基础 URL 和密钥</translation>
    </message>
    <message>
        <source>no provider on the server has this requester, base URL and keys</source>
        <translation>服务器上没有具有此请求器、基础 URL 和密钥的提供商</translation>
    </message>
    <message>
        <source>the document carries no API keys: the provider is created without keys</source>
        <translation>文档不含 API 密钥：将创建没有密钥的提供商</translation>
    </message>
    <message>
        <source>model type “%1”: LangBot 4.0–4.6 has LLM models only</source>
        <translation>模型类型“%1”：LangBot 4.0–4.6 仅支持 LLM 模型</translation>
    </message>
    <message>
        <source>no %1 model named &quot;%2&quot; on the server</source>
        <translation>服务器上没有名为“%2”的 %1 模型</translation>
    </message>
    <message>
        <source>(new provider &quot;%1&quot;)</source>
        <translation>（新提供商“%1”）</translation>
    </message>
    <message>
        <source>the target server cannot hold: %1</source>
        <translation>目标服务器无法保存：%1</translation>
    </message>
    <message>
        <source>the server&apos;s provider &quot;%1&quot; has the same requester and base URL (the document carries no keys)</source>
        <translation>服务器的提供商“%1”具有相同的请求器和基础 URL（文档未包含密钥）</translation>
    </message>
</context>
<context>
    <name>lb::ImportReport</name>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Import report (%1)</source>
        <translation>导入报告（%1）</translation>
    </message>
    <message>
        <source>Source file: %1</source>
        <translation>源文件：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>完成时间：%1</translation>
    </message>
    <message>
        <source>Result: %1 created, %2 updated, %3 skipped, %4 failed</source>
        <translation>结果：%1 个已创建，%2 个已更新，%3 个已跳过，%4 个失败</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>提供商 %1</translation>
    </message>
</context>
<context>
    <name>lb::ImportRunner</name>
    <message>
        <source>no API keys sent; add them before the model is used</source>
        <translation>未发送 API 密钥；请在使用该模型前添加</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>the import was cancelled before this model was sent</source>
        <translation>导入在发送此模型之前已取消</translation>
    </message>
    <message>
        <source>the connection to the server was closed</source>
        <translation>与服务器的连接已关闭</translation>
    </message>
    <message>
        <source>the request ended without an answer; check the server&apos;s model list</source>
        <translation>请求结束但未收到应答；请检查服务器的模型列表</translation>
    </message>
    <message>
        <source>the import stopped before this provider was created</source>
        <translation>导入在创建此提供商之前已停止</translation>
    </message>
    <message>
        <source>The server saved the provider &quot;%1&quot; (%2) anyway; delete it before importing again.</source>
        <translation>服务器仍然保存了提供商“%1”（%2）；再次导入前请将其删除。</translation>
    </message>
    <message>
        <source>its provider &quot;%1&quot; could not be created</source>
        <translation>无法创建其提供商“%1”</translation>
    </message>
    <message>
        <source>The server saved the model &quot;%1&quot; (%2) anyway; delete it before importing again.</source>
        <translation>服务器仍然保存了模型 &quot;%1&quot; (%2)；再次导入前请将其删除。</translation>
    </message>
    <message>
        <source>model “%1” (%2)</source>
        <translation>模型“%1”（%2）</translation>
    </message>
    <message>
        <source>provider “%1” (%2)</source>
        <translation>提供商“%1”（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>lb::JsonText</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>lb::LlmModel</name>
    <message>
        <source>a model must be a JSON object, got %1</source>
        <translation>模型必须是 JSON 对象，实际为%1</translation>
    </message>
    <message>
        <source>the model has no &quot;uuid&quot; field</source>
        <translation>模型没有 &quot;uuid&quot; 字段</translation>
    </message>
    <message>
        <source>the model&apos;s &quot;uuid&quot; must be a string, got %1</source>
        <translation>模型的 &quot;uuid&quot; 必须是字符串，实际为%1</translation>
    </message>
    <message>
        <source>the model&apos;s &quot;uuid&quot; is empty</source>
        <translation>模型的 &quot;uuid&quot; 为空</translation>
    </message>
</context>
<context>
    <name>lb::LlmTableModel</name>
    <message>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>✓ %1 ms</source>
        <translation>✓ %1 ms</translation>
    </message>
    <message>
        <source>✓ ok</source>
        <translation>✓ 成功</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Waiting for a free test slot</source>
        <translation>正在等待空闲的测试槽位</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Test succeeded in %1 ms</source>
        <translation>测试成功，耗时 %1 ms</translation>
    </message>
    <message>
        <source>Test succeeded</source>
        <translation>测试成功</translation>
    </message>
    <message>
        <source>Test failed</source>
        <translation>测试失败</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>测试已取消</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s)</source>
        <translation>
            <numerusform>%n 个 API 密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>创建于 %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>请求器</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>上次测试</translation>
    </message>
    <message>
        <source>Number of API keys (keys themselves are never shown)</source>
        <translation>API 密钥数量（从不显示密钥本身）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>重排序</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>hidden by the server</source>
        <translation>已被服务器隐藏</translation>
    </message>
    <message>
        <source>The server hides this address (no secret permission)</source>
        <translation>服务器隐藏了此地址（无密钥权限）</translation>
    </message>
    <message numerus="yes">
        <source>%n API key(s), hidden by the server (no secret permission)</source>
        <translation>
            <numerusform>%n 个 API 密钥，已被服务器隐藏（无密钥权限）</numerusform>
        </translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Where the models are used has not been read.</source>
        <translation>尚未读取模型的使用位置。</translation>
    </message>
    <message>
        <source>How many pipelines use the model (as primary, fallback or rerank model, or through a knowledge base)</source>
        <translation>使用该模型的流水线数量（作为主模型、备用模型或重排序模型，或通过知识库）</translation>
    </message>
    <message>
        <source>No pipeline or knowledge base uses this model.</source>
        <translation>没有流水线或知识库使用此模型。</translation>
    </message>
    <message>
        <source> (reasoning: %1)</source>
        <translation>（推理：%1）</translation>
    </message>
    <message>
        <source>no bot runs this pipeline</source>
        <translation>没有机器人运行此流水线</translation>
    </message>
    <message>
        <source>bots: %1</source>
        <translation>机器人：%1</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n pipeline(s):</source>
        <translation>
            <numerusform>被 %n 条流水线使用：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::ModelEdits</name>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1（副本 %2）</translation>
    </message>
</context>
<context>
    <name>lb::ModelUsage</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>pipelines</source>
        <translation>流水线</translation>
    </message>
    <message>
        <source>bots</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source>knowledge bases</source>
        <translation>知识库</translation>
    </message>
    <message>
        <source>The %1 could not be read (%2): uses through them are not known.</source>
        <translation>无法读取%1（%2）：经由它们的使用情况未知。</translation>
    </message>
    <message>
        <source>primary model of pipeline %1</source>
        <translation>流水线 %1 的主模型</translation>
    </message>
    <message>
        <source>fallback %1 of pipeline %2</source>
        <translation>流水线 %2 的第 %1 个备用模型</translation>
    </message>
    <message>
        <source>rerank model of pipeline %1</source>
        <translation>流水线 %1 的重排序模型</translation>
    </message>
    <message>
        <source>embedding model of knowledge base %1 (no pipeline searches it)</source>
        <translation>知识库 %1 的嵌入模型（没有流水线检索它）</translation>
    </message>
    <message>
        <source>embedding model of knowledge base %1, searched by pipeline %2</source>
        <translation>知识库 %1 的嵌入模型，由流水线 %2 检索</translation>
    </message>
    <message>
        <source>no bot runs it</source>
        <translation>没有机器人运行它</translation>
    </message>
    <message>
        <source>bots %1</source>
        <translation>机器人 %1</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its model %2 and has no fallback left (no bot runs it).</source>
        <translation>流水线 %1 失去模型 %2，且没有剩余的备用模型（没有机器人运行它）。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its model %2 and has no fallback left: bots %3 stop answering.</source>
        <translation>流水线 %1 失去模型 %2，且没有剩余的备用模型：机器人 %3 将停止回答。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its model %2 and answers from fallback %3 (%4).</source>
        <translation>流水线 %1 失去模型 %2，改由备用模型 %3 回答（%4）。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its fallback %2 (%3).</source>
        <translation>流水线 %1 失去备用模型 %2（%3）。</translation>
    </message>
    <message>
        <source>Pipeline %1 loses its rerank model %2: its answers get worse without any error (%3).</source>
        <translation>流水线 %1 失去重排序模型 %2：回答质量会下降，且不报任何错误（%3）。</translation>
    </message>
    <message>
        <source>Knowledge base %1 loses its embedding model %2: it must be recreated and its documents added again.</source>
        <translation>知识库 %1 失去嵌入模型 %2：必须重新创建并重新添加文档。</translation>
    </message>
    <message>
        <source>Knowledge base %1 loses its embedding model %2: it must be recreated and its documents added again; pipeline %3 searches it (%4).</source>
        <translation>知识库 %1 失去嵌入模型 %2：必须重新创建并重新添加文档；流水线 %3 会检索它（%4）。</translation>
    </message>
</context>
<context>
    <name>lb::ModelsDocument</name>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing; every model needs a %1</source>
        <translation>缺失；每个模型都需要 %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>expected a list of keys or a {&quot;not_exported&quot;: true} marker, got an object without &quot;not_exported&quot;: true</source>
        <translation>应为密钥列表或 {&quot;not_exported&quot;: true} 标记，实际为不含 &quot;not_exported&quot;: true 的对象</translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>大于或等于 0 的整数</translation>
    </message>
    <message>
        <source>a list of keys</source>
        <translation>密钥列表</translation>
    </message>
    <message>
        <source>a string or a key group object</source>
        <translation>字符串或密钥组对象</translation>
    </message>
    <message>
        <source>missing; a key group needs a &quot;keys&quot; list</source>
        <translation>缺失；密钥组需要 &quot;keys&quot; 列表</translation>
    </message>
    <message>
        <source>not a valid URL: &quot;%1&quot;</source>
        <translation>不是有效的 URL：“%1”</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a list of models</source>
        <translation>模型列表</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>非空字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the id of an earlier provider</source>
        <translation>“%1”是前一个提供商的 ID</translation>
    </message>
    <message>
        <source>expected &quot;llm&quot;, &quot;embedding&quot; or &quot;rerank&quot;</source>
        <translation>应为 &quot;llm&quot;、&quot;embedding&quot; 或 &quot;rerank&quot;</translation>
    </message>
    <message>
        <source>the id of one of &quot;providers&quot;</source>
        <translation>&quot;providers&quot; 中某个提供商的 ID</translation>
    </message>
    <message>
        <source>no provider with the id &quot;%1&quot;</source>
        <translation>没有 ID 为“%1”的提供商</translation>
    </message>
    <message>
        <source>a list of providers</source>
        <translation>提供商列表</translation>
    </message>
</context>
<context>
    <name>lb::Permissions</name>
    <message>
        <source>the server has no roles: everything is allowed</source>
        <translation>服务器没有角色：一切均被允许</translation>
    </message>
    <message>
        <source>read from the server</source>
        <translation>从服务器读取</translation>
    </message>
    <message>
        <source>not told by the server: all assumed, refusals are reported</source>
        <translation>服务器未告知：假定全部允许，拒绝时会报告</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>尚未检测</translation>
    </message>
</context>
<context>
    <name>lb::Profile</name>
    <message>
        <source>Development</source>
        <translation>开发</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>预发布</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Name: enter a name for this profile.</source>
        <translation>名称：请为此配置输入名称。</translation>
    </message>
    <message>
        <source>Server URL: enter the address of the LangBot server, e.g. http://127.0.0.1:5300 or https://langbot.example.org.</source>
        <translation>服务器 URL：请输入 LangBot 服务器的地址，例如 http://127.0.0.1:5300 或 https://langbot.example.org。</translation>
    </message>
    <message>
        <source>Server URL: &quot;%1&quot; is not a valid address; use e.g. https://langbot.example.org.</source>
        <translation>服务器 URL：“%1”不是有效的地址；请使用类似 https://langbot.example.org 的地址。</translation>
    </message>
    <message>
        <source>Server URL: use an address starting with http:// or https://.</source>
        <translation>服务器 URL：请使用以 http:// 或 https:// 开头的地址。</translation>
    </message>
    <message>
        <source>Server URL: the address has no host name; use e.g. https://langbot.example.org.</source>
        <translation>服务器 URL：地址中没有主机名；请使用类似 https://langbot.example.org 的地址。</translation>
    </message>
    <message>
        <source>Server URL: remove the user name and password from the address; secrets are kept in the keychain, never in the profile.</source>
        <translation>服务器 URL：请从地址中删除用户名和密码；机密信息保存在钥匙串中，从不保存在配置中。</translation>
    </message>
    <message>
        <source>Server URL: remove the part after &quot;?&quot; or &quot;#&quot;; the address is only scheme, host, port and an optional path prefix.</source>
        <translation>服务器 URL：请删除“?”或“#”之后的部分；地址只能包含协议、主机、端口和可选的路径前缀。</translation>
    </message>
    <message>
        <source>User e-mail: enter the e-mail address of the LangBot account to sign in with.</source>
        <translation>用户电子邮件：请输入用于登录的 LangBot 账户的电子邮件地址。</translation>
    </message>
    <message>
        <source>Timeout: enter between %1 and %2 seconds.</source>
        <translation>超时：请输入 %1 到 %2 秒之间的值。</translation>
    </message>
    <message>
        <source>Test timeout: enter between %1 and %2 seconds.</source>
        <translation>测试超时：请输入 %1 到 %2 秒之间的值。</translation>
    </message>
    <message>
        <source>Colour: use the form #rrggbb, or leave it empty for the environment&apos;s colour.</source>
        <translation>颜色：请使用 #rrggbb 格式，或留空以使用环境的颜色。</translation>
    </message>
    <message>
        <source>Pinned certificate: enter the SHA-256 fingerprint as 64 hexadecimal digits, or leave it empty to use the system&apos;s certificate checks only.</source>
        <translation>固定证书：请输入由 64 个十六进制数字组成的 SHA-256 指纹，或留空以仅使用系统的证书检查。</translation>
    </message>
</context>
<context>
    <name>lb::ProfileJsonFile</name>
    <message>
        <source>cannot write a %1 file without a profile</source>
        <translation>没有配置文件，无法写入 %1 文件</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>大于 %1 字节</translation>
    </message>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是 JSON：%2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>expected the format &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>格式应为“%1”，实际为“%2”</translation>
    </message>
    <message>
        <source>version %1 is not one this console reads (1 to %2)</source>
        <translation>本控制台无法读取版本 %1（可读取 1 至 %2）</translation>
    </message>
</context>
<context>
    <name>lb::ProfileStore</name>
    <message>
        <source>Profile %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>lb::ProfilesDocument</name>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a list of profiles</source>
        <translation>配置列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>missing; every profile needs a %1</source>
        <translation>缺失；每个配置都需要 %1</translation>
    </message>
    <message>
        <source>a whole number of seconds</source>
        <translation>以秒为单位的整数</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; or &quot;%2&quot;, got &quot;%3&quot;</source>
        <translation>应为“%1”或“%2”，实际为“%3”</translation>
    </message>
    <message>
        <source>expected one of development, staging, production, other; got &quot;%1&quot;</source>
        <translation>应为 development、staging、production、other 之一；实际为“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by %2 already; profile names must be unique</source>
        <translation>“%1”已被 %2 使用；配置名称必须唯一</translation>
    </message>
</context>
<context>
    <name>lb::Provider</name>
    <message>
        <source>a provider must be a JSON object, got %1</source>
        <translation>提供商必须是 JSON 对象，实际是 %1</translation>
    </message>
    <message>
        <source>the provider has no &quot;uuid&quot; field</source>
        <translation>该提供商没有 &quot;uuid&quot; 字段</translation>
    </message>
    <message>
        <source>the provider&apos;s &quot;uuid&quot; must be a string, got %1</source>
        <translation>提供商的 &quot;uuid&quot; 必须是字符串，实际是 %1</translation>
    </message>
    <message>
        <source>the provider&apos;s &quot;uuid&quot; is empty</source>
        <translation>提供商的 &quot;uuid&quot; 为空</translation>
    </message>
</context>
<context>
    <name>lb::ProviderListModel</name>
    <message>
        <source>All providers</source>
        <translation>全部提供商</translation>
    </message>
    <message>
        <source>The models of every provider</source>
        <translation>所有提供商的模型</translation>
    </message>
    <message>
        <source>%1 (%2): implied by its models; this server has no providers</source>
        <translation>%1（%2）：由其模型推断；此服务器没有提供商</translation>
    </message>
    <message>
        <source>The server hides the credentials in this URL (no secret permission).</source>
        <translation>服务器隐藏了此 URL 中的凭据（无密钥权限）。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s), hidden by the server (no secret permission)</source>
        <translation>
            <numerusform>%n 个密钥，已被服务器隐藏（无密钥权限）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>重排序</translation>
    </message>
    <message>
        <source>hidden by the server</source>
        <translation>已被服务器隐藏</translation>
    </message>
</context>
<context>
    <name>lb::ReplacePlan</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The old and the new model are the same model (%1): there is nothing to replace.</source>
        <translation>旧模型和新模型是同一个模型（%1）：没有可替换的内容。</translation>
    </message>
    <message>
        <source>%1 is a model of type %2 and %3 of type %4: a model can only be replaced by one of the same type.</source>
        <translation>%1 是 %2 类型的模型，而 %3 是 %4 类型：模型只能被同类型的模型替换。</translation>
    </message>
    <message>
        <source>primary model: %1 → %2</source>
        <translation>主模型：%1 → %2</translation>
    </message>
    <message>
        <source>model (a plain uuid, kept as one): %1 → %2</source>
        <translation>模型（纯 uuid 字符串，保持为字符串）：%1 → %2</translation>
    </message>
    <message>
        <source>fallback %1: %2 → %3</source>
        <translation>备用模型 %1：%2 → %3</translation>
    </message>
    <message>
        <source>fallback %1: %2 removed, the new model is already the primary model or a fallback</source>
        <translation>备用模型 %1：已移除 %2，新模型已是主模型或备用模型</translation>
    </message>
    <message>
        <source>reasoning level %1: moves from %2 to %3</source>
        <translation>推理级别 %1：从 %2 移到 %3</translation>
    </message>
    <message>
        <source>reasoning: %1 keeps its own level %2; the level %3 of %4 is removed</source>
        <translation>推理：%1 保留其自身的级别 %2；%4 的级别 %3 被移除</translation>
    </message>
    <message>
        <source>rerank model: %1 → %2</source>
        <translation>重排序模型：%1 → %2</translation>
    </message>
    <message>
        <source>Knowledge base %1 embeds with %2: it is not changed; it must be recreated with %3 and its documents added again.</source>
        <translation>知识库 %1 使用 %2 做嵌入：它不会被修改；必须用 %3 重新创建并重新添加其文档。</translation>
    </message>
    <message>
        <source>Knowledge base %1 embeds with %2: it is not changed; it must be recreated with %3 and its documents added again (searched by %4).</source>
        <translation>知识库 %1 使用 %2 做嵌入：它不会被修改；必须用 %3 重新创建并重新添加其文档（被 %4 检索）。</translation>
    </message>
    <message>
        <source>LangBot 4.0–4.6 servers have no pipelines that name models: there is nothing to replace.</source>
        <translation>LangBot 4.0–4.6 服务器没有引用模型的流水线：没有可替换的内容。</translation>
    </message>
</context>
<context>
    <name>lb::ReplaceRunner</name>
    <message>
        <source>A replacement is running already.</source>
        <translation>替换已在进行中。</translation>
    </message>
    <message>
        <source>Changing pipelines needs the permission %1, which this key or account does not have: nothing was sent.</source>
        <translation>修改流水线需要权限 %1，此密钥或账号没有该权限：未发送任何内容。</translation>
    </message>
    <message>
        <source>Cancelled: nothing more was sent for this pipeline.</source>
        <translation>已取消：此流水线不再发送任何内容。</translation>
    </message>
    <message>
        <source>Skipped: the pipeline no longer names the old model (changed on the server since the plan); nothing was sent.</source>
        <translation>已跳过：该流水线已不再引用旧模型（计划之后在服务器上被修改）；未发送任何内容。</translation>
    </message>
    <message>
        <source>Skipped: the pipeline changed on the server since the plan and names the old model elsewhere now; nothing was sent. Make the plan again.</source>
        <translation>已跳过：该流水线在计划之后在服务器上被修改，现在在其他位置引用旧模型；未发送任何内容。请重新生成计划。</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n field(s).</source>
        <translation>
            <numerusform>已修改：%n 个字段。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::RequesterSchema</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>not an object (%1); the requester is skipped</source>
        <translation>不是对象（%1）；已跳过该请求器</translation>
    </message>
    <message>
        <source>missing; the requester is skipped</source>
        <translation>缺失；已跳过该请求器</translation>
    </message>
    <message>
        <source>not a string; the requester is skipped</source>
        <translation>不是字符串；已跳过该请求器</translation>
    </message>
    <message>
        <source>empty; the requester is skipped</source>
        <translation>为空；已跳过该请求器</translation>
    </message>
    <message>
        <source>not a string; ignored</source>
        <translation>不是字符串；已忽略</translation>
    </message>
    <message>
        <source>missing; the requester has no fields</source>
        <translation>缺失；该请求器没有字段</translation>
    </message>
    <message>
        <source>not an object; the requester has no fields</source>
        <translation>不是对象；该请求器没有字段</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a field; the repeat is skipped</source>
        <translation>“%1”已是一个字段；已跳过重复项</translation>
    </message>
    <message>
        <source>not a list; the requester has no fields</source>
        <translation>不是列表；该请求器没有字段</translation>
    </message>
    <message>
        <source>not a list; ignored</source>
        <translation>不是列表；已忽略</translation>
    </message>
    <message>
        <source>LangBot describes requester settings only to a signed-in user, and this profile uses an API key (no copy from an earlier sign-in is saved).</source>
        <translation>LangBot 只向已登录的用户提供请求器设置说明，而此配置使用 API 密钥（也没有保存之前登录时获取的副本）。</translation>
    </message>
    <message>
        <source>The server cannot be reached and no saved copy of its requester settings exists.</source>
        <translation>无法连接到服务器，且不存在已保存的请求器设置副本。</translation>
    </message>
    <message>
        <source>The server does not describe the requester &quot;%1&quot;.</source>
        <translation>服务器未提供请求器“%1”的说明。</translation>
    </message>
    <message>
        <source>The requester settings could not be fetched.</source>
        <translation>无法获取请求器设置。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Only the base URL and the timeout have their own fields; the other settings are edited as JSON.</source>
        <translation>只有基础 URL 和超时有单独的字段；其他设置以 JSON 形式编辑。</translation>
    </message>
    <message>
        <source>the answer is %1, not an object with &quot;requesters&quot;</source>
        <translation>应答为%1，而不是包含 &quot;requesters&quot; 的对象</translation>
    </message>
    <message>
        <source>%1, not a list</source>
        <translation>%1，不是列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed already; the repeat is skipped</source>
        <translation>“%1”已列出；已跳过重复项</translation>
    </message>
    <message>
        <source>the answer is %1, not an object with &quot;requester&quot;</source>
        <translation>应答为%1，而不是包含 &quot;requester&quot; 的对象</translation>
    </message>
</context>
<context>
    <name>lb::ScanAddRunner</name>
    <message>
        <source>the connection to the server was closed</source>
        <translation>与服务器的连接已关闭</translation>
    </message>
    <message>
        <source>needs the permission %1</source>
        <translation>需要权限 %1</translation>
    </message>
    <message>
        <source>the provider is no longer on the server</source>
        <translation>服务器上已没有该提供商</translation>
    </message>
    <message>
        <source>the provider could not be read: %1</source>
        <translation>无法读取提供商：%1</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>发送前已取消</translation>
    </message>
    <message>
        <source>the server&apos;s type &quot;%1&quot; is unknown to this console</source>
        <translation>本控制台不认识服务器的类型“%1”</translation>
    </message>
    <message>
        <source>the request ended without an answer; check the model list</source>
        <translation>请求结束但没有应答；请检查模型列表</translation>
    </message>
    <message>
        <source>The server saved the model anyway (%1): delete it, or check the provider.</source>
        <translation>服务器仍然保存了该模型（%1）：请删除它，或检查提供商。</translation>
    </message>
</context>
<context>
    <name>lb::ScannedModelList</name>
    <message>
        <source>Already added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在添加…</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Not added</source>
        <translation>未添加</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>A model of this provider already has this name and type</source>
        <translation>该提供商已有同名同类型的模型</translation>
    </message>
    <message>
        <source>The server says a model of this provider already has this name</source>
        <translation>服务器表示该提供商已有同名模型</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Abilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>lb::SchemaSource</name>
    <message>
        <source>LangBot describes requester settings only to a signed-in user, and this profile uses an API key.</source>
        <translation>LangBot 只向已登录的用户提供请求器设置说明，而此配置使用 API 密钥。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接到服务器。</translation>
    </message>
    <message>
        <source>The requester settings could not be fetched.</source>
        <translation>无法获取请求器设置。</translation>
    </message>
    <message>
        <source>The requester settings could not be fetched: %1</source>
        <translation>无法获取请求器设置：%1</translation>
    </message>
    <message>
        <source>%1 The forms follow the copy of the requester settings saved on %2.</source>
        <translation>%1 表单依据 %2 保存的请求器设置副本生成。</translation>
    </message>
</context>
<context>
    <name>lb::ServerGeneration</name>
    <message>
        <source>LangBot 4.0–4.6</source>
        <translation>LangBot 4.0–4.6</translation>
    </message>
    <message>
        <source>LangBot 4.7–4.10.6</source>
        <translation>LangBot 4.7–4.10.6</translation>
    </message>
    <message>
        <source>LangBot 4.10.7 or later</source>
        <translation>LangBot 4.10.7 或更高版本</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>lb::ServerWorkspace</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The LLM models could not be listed (the other types are shown): %1</source>
        <translation>无法列出 LLM 模型（仍显示其他类型）：%1</translation>
    </message>
    <message>
        <source>The embedding models could not be listed (the other types are shown): %1</source>
        <translation>无法列出嵌入模型（仍显示其他类型）：%1</translation>
    </message>
    <message>
        <source>The rerank models could not be listed (the other types are shown): %1</source>
        <translation>无法列出重排序模型（仍显示其他类型）：%1</translation>
    </message>
    <message>
        <source>The providers could not be listed: %1</source>
        <translation>无法列出提供商：%1</translation>
    </message>
    <message>
        <source>“%1” was not deleted: the credentials lack the permission %2 (nothing was sent)</source>
        <translation>未删除“%1”：凭据缺少权限 %2（未发送任何请求）</translation>
    </message>
</context>
<context>
    <name>lb::Session</name>
    <message>
        <source>No API key is stored for this profile yet.</source>
        <translation>此配置尚未存储 API 密钥。</translation>
    </message>
    <message>
        <source>No password is stored for this profile yet.</source>
        <translation>此配置尚未存储密码。</translation>
    </message>
    <message>
        <source>The keychain could not be read.</source>
        <translation>无法读取钥匙串。</translation>
    </message>
    <message>
        <source>The server refused the user name or password.</source>
        <translation>服务器拒绝了用户名或密码。</translation>
    </message>
    <message>
        <source>The server ended the session. Enter the password to log in again.</source>
        <translation>服务器结束了会话。请输入密码重新登录。</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain; it is kept in memory for this session only.</source>
        <translation>无法将密钥存储到钥匙串中；仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>API 密钥为空。</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>密码为空。</translation>
    </message>
</context>
<context>
    <name>lb::TestRunner</name>
    <message>
        <source>Not tested: the credentials lack the permission %1 (nothing was sent)</source>
        <translation>未测试：凭据缺少权限 %1（未发送任何请求）</translation>
    </message>
</context>
<context>
    <name>lb::TransferDocument</name>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>not an ISO-8601 time: &quot;%1&quot;</source>
        <translation>不是 ISO-8601 时间：“%1”</translation>
    </message>
    <message>
        <source>missing; expected %1</source>
        <translation>缺失；应为%1</translation>
    </message>
</context>
<context>
    <name>lb::TransferJson</name>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>not JSON: line %1, column %2: %3</source>
        <translation>不是 JSON：第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <source>expected a JSON object at the top, got %1</source>
        <translation>顶层应为 JSON 对象，实际为%1</translation>
    </message>
    <message>
        <source>missing; this is not a langbot-console document (expected &quot;%1&quot;)</source>
        <translation>缺失；这不是 langbot-console 文档（应为“%1”）</translation>
    </message>
    <message>
        <source>this is a &quot;%1&quot; document, expected &quot;%2&quot;</source>
        <translation>这是“%1”文档，应为“%2”</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>应为“%1”，实际为“%2”</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more, got %1</source>
        <translation>应为大于或等于 1 的整数，实际为 %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>unsupported version %1; this console reads version %2 (a newer langbot-console wrote this file)</source>
        <translation>不支持的版本 %1；此控制台只能读取版本 %2（该文件由更新版本的 langbot-console 写入）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for an export (%2 bytes; the limit is %3)</source>
        <translation>%1 过大，无法作为导出文件（%2 字节；上限为 %3）</translation>
    </message>
    <message>
        <source>%1 is too large for an export (the limit is %2 bytes)</source>
        <translation>%1 过大，无法作为导出文件（上限为 %2 字节）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>lb::UsageLoader</name>
    <message>
        <source>LangBot 4.0–4.6 servers keep no model references this console can read: where a model is used is not known.</source>
        <translation>LangBot 4.0–4.6 服务器没有本控制台可读取的模型引用：模型的使用位置未知。</translation>
    </message>
</context>
<context>
    <name>lb::WriteBodies</name>
    <message>
        <source>A test of an unsaved model needs the provider&apos;s real API keys, and they are masked (***): enter them, or read the provider with the permission to see secrets.</source>
        <translation>测试未保存的模型需要提供商的真实 API 密钥，但它们已被遮蔽 (***)：请输入密钥，或以可查看密钥的权限读取该提供商。</translation>
    </message>
    <message>
        <source>The provider&apos;s base URL is masked (***): enter it in full.</source>
        <translation>提供商的基础 URL 已被遮蔽 (***)：请输入完整的 URL。</translation>
    </message>
    <message>
        <source>This server has no %1 models.</source>
        <translation>此服务器没有 %1 模型。</translation>
    </message>
    <message>
        <source>The model has no name.</source>
        <translation>该模型没有名称。</translation>
    </message>
    <message>
        <source>The model has no provider: choose one.</source>
        <translation>该模型没有提供商：请选择一个。</translation>
    </message>
    <message>
        <source>The extra parameter &quot;%1&quot; is masked (***): enter its value.</source>
        <translation>额外参数 &quot;%1&quot; 已被遮蔽 (***)：请输入它的值。</translation>
    </message>
    <message>
        <source>The reasoning level &quot;%1&quot; needs the reasoning ability: turn it on, or set the level to provider_default.</source>
        <translation>推理级别 &quot;%1&quot; 需要 reasoning 能力：请开启它，或将级别设为 provider_default。</translation>
    </message>
    <message>
        <source>The reasoning level &quot;%1&quot; is not one this model offers (%2).</source>
        <translation>推理级别 &quot;%1&quot; 不在此模型提供的级别中 (%2)。</translation>
    </message>
    <message>
        <source>The extra parameter &quot;%1&quot; sets reasoning too: remove it, or set the reasoning level to provider_default.</source>
        <translation>额外参数 &quot;%1&quot; 也设置了推理：请删除它，或将推理级别设为 provider_default。</translation>
    </message>
    <message>
        <source>LangBot 4.0–4.6 servers have no providers: the models carry their own requester and keys.</source>
        <translation>LangBot 4.0–4.6 服务器没有提供商：模型自带请求器和密钥。</translation>
    </message>
    <message>
        <source>The provider has no name.</source>
        <translation>该提供商没有名称。</translation>
    </message>
    <message>
        <source>The provider has no requester: choose one.</source>
        <translation>该提供商没有请求器：请选择一个。</translation>
    </message>
    <message>
        <source>A new provider cannot keep a masked key (***): enter the key itself.</source>
        <translation>新的提供商不能保留被遮蔽的密钥 (***)：请输入密钥本身。</translation>
    </message>
    <message>
        <source>This server does not mask keys: &quot;***&quot; would be saved as the key itself. Enter the key.</source>
        <translation>此服务器不遮蔽密钥：&quot;***&quot; 会被当作密钥本身保存。请输入密钥。</translation>
    </message>
    <message>
        <source>Key %1 is masked (***) but no stored key is kept at that place: enter it again.</source>
        <translation>第 %1 个密钥已被遮蔽 (***)，但该位置没有可保留的已存密钥：请重新输入。</translation>
    </message>
</context>
<context>
    <name>lb::cli::CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Use the saved server profile NAME (as in the console).</source>
        <translation>使用已保存的服务器配置 NAME（与控制台中相同）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use the server at URL, with the API key from the environment variable LANGBOT_API_KEY.</source>
        <translation>使用位于 URL 的服务器，API 密钥取自环境变量 LANGBOT_API_KEY。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>REQUESTER</source>
        <translation>REQUESTER</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASE URL</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>KEYS</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>No models to test.</source>
        <translation>没有要测试的模型。</translation>
    </message>
    <message>
        <source>(unknown model)</source>
        <translation>（未知模型）</translation>
    </message>
    <message>
        <source>✓ %1  %2 ms  (%3)</source>
        <translation>✓ %1  %2 ms  （%3）</translation>
    </message>
    <message>
        <source>✗ %1  (%2)
    %3</source>
        <translation>✗ %1  （%2）
    %3</translation>
    </message>
    <message>
        <source>Testing %1/%2, about %3 s left</source>
        <translation>正在测试 %1/%2，剩余约 %3 秒</translation>
    </message>
    <message>
        <source>Testing %1/%2</source>
        <translation>正在测试 %1/%2</translation>
    </message>
    <message>
        <source>%1 tested, %2 passed, %3 failed.</source>
        <translation>已测试 %1 个，%2 个通过，%3 个失败。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n model(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个模型导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the export holds API keys in plain text. Keep it out of version control and delete it when done.</source>
        <translation>警告：导出文件以明文形式包含 API 密钥。请勿将其纳入版本控制，并在使用完毕后删除。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile and this import overwrites %n model(s). Check the plan with --dry-run, then run again with --yes.</source>
        <translation>
            <numerusform>“%1”是生产环境配置，此导入将覆盖 %n 个模型。请先用 --dry-run 检查计划，然后加上 --yes 再次运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1/%2</source>
        <translation>正在导入 %1/%2</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>无法将报告保存到 %1：%2</translation>
    </message>
    <message>
        <source>No profiles yet. Add one: langbot-console profiles add NAME --url URL</source>
        <translation>尚无任何配置。添加配置：langbot-console profiles add NAME --url URL</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>See: langbot-console profiles --help</source>
        <translation>参见：langbot-console profiles --help</translation>
    </message>
    <message>
        <source>profiles list takes no more arguments.</source>
        <translation>profiles list 不接受更多参数。</translation>
    </message>
    <message>
        <source>profiles remove needs the profile&apos;s NAME.</source>
        <translation>profiles remove 需要配置的 NAME。</translation>
    </message>
    <message>
        <source>No profile called “%1”.</source>
        <translation>不存在名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Removed profile “%1”.</source>
        <translation>已删除配置“%1”。</translation>
    </message>
    <message>
        <source>Its secrets could not be removed from the keychain: %1</source>
        <translation>无法从钥匙串中删除其密钥：%1</translation>
    </message>
    <message>
        <source>Unknown profiles action “%1”: use list, add or remove.</source>
        <translation>未知的 profiles 操作“%1”：请使用 list、add 或 remove。</translation>
    </message>
    <message>
        <source>profiles add needs the profile&apos;s NAME.</source>
        <translation>profiles add 需要配置的 NAME。</translation>
    </message>
    <message>
        <source>profiles add needs --url URL.</source>
        <translation>profiles add 需要 --url URL。</translation>
    </message>
    <message>
        <source>--environment takes development, staging, production or other.</source>
        <translation>--environment 的取值为 development、staging、production 或 other。</translation>
    </message>
    <message>
        <source>--auth takes api-key or login.</source>
        <translation>--auth 的取值为 api-key 或 login。</translation>
    </message>
    <message>
        <source>A profile called “%1” exists already.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
    <message>
        <source>Added profile “%1” (%2).</source>
        <translation>已添加配置“%1”（%2）。</translation>
    </message>
    <message>
        <source>No API key stored: set LANGBOT_API_KEY when adding, or enter it in the console.</source>
        <translation>未存储 API 密钥：请在添加时设置 LANGBOT_API_KEY，或在控制台中输入。</translation>
    </message>
    <message>
        <source>No password stored: set LANGBOT_PASSWORD when adding, or enter it in the console.</source>
        <translation>未存储密码：请在添加时设置 LANGBOT_PASSWORD，或在控制台中输入。</translation>
    </message>
    <message>
        <source>The profile was saved, but its secret could not be stored: %1</source>
        <translation>配置已保存，但无法存储其密钥：%1</translation>
    </message>
    <message>
        <source>The API key is in the keychain.</source>
        <translation>API 密钥已存入钥匙串。</translation>
    </message>
    <message>
        <source>The password is in the keychain.</source>
        <translation>密码已存入钥匙串。</translation>
    </message>
    <message>
        <source>Test every model of the server.</source>
        <translation>测试服务器上的所有模型。</translation>
    </message>
    <message>
        <source>Run at most N tests at once (1 to 32, default 4).</source>
        <translation>最多同时运行 N 个测试（1 到 32，默认 4）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The server&apos;s base URL.</source>
        <translation>服务器的基础 URL。</translation>
    </message>
    <message>
        <source>development, staging, production or other (default).</source>
        <translation>development、staging、production 或 other（默认）。</translation>
    </message>
    <message>
        <source>ENV</source>
        <translation>ENV</translation>
    </message>
    <message>
        <source>api-key (default; the key from LANGBOT_API_KEY is stored in the keychain) or login (with --user; the password from LANGBOT_PASSWORD).</source>
        <translation>api-key（默认；将 LANGBOT_API_KEY 中的密钥存入钥匙串）或 login（配合 --user；密码取自 LANGBOT_PASSWORD）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>The LangBot user e-mail for --auth login.</source>
        <translation>--auth login 使用的 LangBot 用户电子邮件。</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Write the export to FILE (&quot;-&quot; for standard output).</source>
        <translation>将导出内容写入 FILE（&quot;-&quot; 表示标准输出）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the API keys into the export (plain text!). Left out by default.</source>
        <translation>将 API 密钥写入导出文件（明文！）。默认不包含。</translation>
    </message>
    <message>
        <source>Show what the import would do; send nothing.</source>
        <translation>显示导入将执行的操作；不发送任何内容。</translation>
    </message>
    <message>
        <source>What to do with a model the server has already: update (default) or skip.</source>
        <translation>服务器上已存在的模型如何处理：update（默认）或 skip。</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Confirm an import that overwrites models on a production profile.</source>
        <translation>确认会覆盖生产环境配置上模型的导入。</translation>
    </message>
    <message>
        <source>Save the import report to FILE (JSON for *.json, else text).</source>
        <translation>将导入报告保存到 FILE（*.json 为 JSON 格式，否则为文本）。</translation>
    </message>
    <message>
        <source>Export the server&apos;s model configurations to a JSON document (see docs/export-format.md). API keys are left out unless --include-secrets.</source>
        <translation>将服务器的模型配置导出为 JSON 文档（参见 docs/export-format.md）。除非指定 --include-secrets，否则不包含 API 密钥。</translation>
    </message>
    <message>
        <source>Import model configurations from an export document: shows the plan (create, update or skip per model, with the changes), then applies it. Exit code 1 when any model failed, 2 for a document that is not valid (nothing is sent then).</source>
        <translation>从导出文档导入模型配置：先显示计划（每个模型是创建、更新还是跳过，以及具体更改），然后执行。有模型失败时退出码为 1，文档无效时为 2（此时不会发送任何内容）。</translation>
    </message>
    <message>
        <source>[UUID...|--all]</source>
        <translation>[UUID...|--all]</translation>
    </message>
    <message>
        <source>Ask the server to test models against their providers; prints each result with its round-trip time. Exit code 1 when any test failed.</source>
        <translation>请服务器针对各模型的提供商进行测试；输出每个结果及其往返时间。有测试失败时退出码为 1。</translation>
    </message>
    <message>
        <source>list | add NAME | remove NAME</source>
        <translation>list | add NAME | remove NAME</translation>
    </message>
    <message>
        <source>The server profiles shared with the console window.</source>
        <translation>与控制台窗口共享的服务器配置。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: %2</source>
        <translation>未知命令“%1”。可用命令：%2</translation>
    </message>
    <message>
        <source>See: langbot-console %1 --help</source>
        <translation>参见：langbot-console %1 --help</translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation>list 不接受参数。</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 32.</source>
        <translation>--concurrency 的取值为 1 到 32 之间的数字。</translation>
    </message>
    <message>
        <source>test needs either model UUIDs or --all.</source>
        <translation>test 需要模型 UUID 或 --all。</translation>
    </message>
    <message>
        <source>export takes no arguments; name the file with -o FILE.</source>
        <translation>export 不接受参数；请用 -o FILE 指定文件。</translation>
    </message>
    <message>
        <source>export needs -o FILE (or -o - for standard output).</source>
        <translation>export 需要 -o FILE（或用 -o - 表示标准输出）。</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import 需要且仅需要一个 FILE。</translation>
    </message>
    <message>
        <source>--on-conflict takes update or skip.</source>
        <translation>--on-conflict 的取值为 update 或 skip。</translation>
    </message>
    <message>
        <source>%1 is not a valid export document:</source>
        <translation>%1 不是有效的导出文档：</translation>
    </message>
    <message>
        <source>Use either --profile or --url, not both.</source>
        <translation>请使用 --profile 或 --url 之一，不要同时使用。</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>some items failed (a test, an imported model)</source>
        <translation>部分项目失败（某个测试或某个导入的模型）</translation>
    </message>
    <message>
        <source>usage, or an import document that is not valid (nothing is sent)</source>
        <translation>用法错误，或导入文档无效（不发送任何内容）</translation>
    </message>
    <message>
        <source>authentication: no usable credentials, or refused (HTTP 401)</source>
        <translation>认证：没有可用的凭据，或凭据被拒绝（HTTP 401）</translation>
    </message>
    <message>
        <source>not found (HTTP 404)</source>
        <translation>未找到（HTTP 404）</translation>
    </message>
    <message>
        <source>network, TLS or timeout: the server could not be reached</source>
        <translation>网络、TLS 或超时：无法连接服务器</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>Not allowed: this needs the permission %1, which these credentials lack.</source>
        <translation>不允许：此操作需要权限 %1，而当前凭据没有该权限。</translation>
    </message>
    <message>
        <source>The model type: llm, embedding or rerank (list and test: also all, the default; create: llm by default).</source>
        <translation>模型类型：llm、embedding 或 rerank（list 和 test 还可用 all，即默认值；create 默认为 llm）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Only the models of the provider UUID or NAME.</source>
        <translation>只显示该提供商（UUID 或名称）的模型。</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <source>Read the record from FILE (a JSON object).</source>
        <translation>从 FILE（一个 JSON 对象）读取记录。</translation>
    </message>
    <message>
        <source>The provider&apos;s name.</source>
        <translation>提供商的名称。</translation>
    </message>
    <message>
        <source>The provider&apos;s requester (e.g. openai-chat-completions).</source>
        <translation>提供商的请求器（例如 openai-chat-completions）。</translation>
    </message>
    <message>
        <source>The provider&apos;s base URL.</source>
        <translation>提供商的基础 URL。</translation>
    </message>
    <message>
        <source>An API key of the provider; repeat it for several. Replaces the stored keys.</source>
        <translation>提供商的一个 API 密钥；多个密钥请重复此选项。会替换已保存的密钥。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Print the provider&apos;s keys (needs the permission provider_secret.manage).</source>
        <translation>输出提供商的密钥（需要权限 provider_secret.manage）。</translation>
    </message>
    <message>
        <source>Confirm the delete.</source>
        <translation>确认删除。</translation>
    </message>
    <message>
        <source>List the server&apos;s models of every type, or of --type (no key values).</source>
        <translation>列出服务器上所有类型（或 --type 指定类型）的模型（不含密钥值）。</translation>
    </message>
    <message>
        <source>Print one model as JSON (key values left out). Without --type it is looked for in every type.</source>
        <translation>以 JSON 输出一个模型（不含密钥值）。未指定 --type 时在所有类型中查找。</translation>
    </message>
    <message>
        <source>Show the server: URL, version, API generation, and your role and permissions.</source>
        <translation>显示服务器信息：URL、版本、API 代际，以及你的角色和权限。</translation>
    </message>
    <message>
        <source>list | get REF | create | update REF | delete REF | scan REF</source>
        <translation>list | get REF | create | update REF | delete REF | scan REF</translation>
    </message>
    <message>
        <source>The providers of a LangBot 4.7+ server (REF: a UUID or a name). create and update take --file and the flags --name, --requester, --base-url, --api-key; delete needs --yes; scan lists the models the provider offers. Keys are never printed unless get --include-secrets. A 4.0–4.6 server has no providers: list shows those implied by its models, writes exit with code 8.</source>
        <translation>LangBot 4.7+ 服务器的提供商（REF：UUID 或名称）。create 和 update 接受 --file 以及 --name、--requester、--base-url、--api-key；delete 需要 --yes；scan 列出提供商提供的模型。除非使用 get --include-secrets，否则从不输出密钥。4.0–4.6 服务器没有提供商：list 显示由其模型推断出的提供商，写操作以退出码 8 结束。</translation>
    </message>
    <message>
        <source>Create a model of --type from --file (a JSON object; only the fields the server accepts are sent).</source>
        <translation>从 --file（一个 JSON 对象）创建 --type 类型的模型（只发送服务器接受的字段）。</translation>
    </message>
    <message>
        <source>Update a model with the fields of --file (only the fields the server accepts are sent).</source>
        <translation>用 --file 中的字段更新模型（只发送服务器接受的字段）。</translation>
    </message>
    <message>
        <source>UUID...</source>
        <translation>UUID...</translation>
    </message>
    <message>
        <source>Delete models (needs --yes).</source>
        <translation>删除模型（需要 --yes）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>Unknown providers action “%1”: use %2.</source>
        <translation>未知的 providers 操作“%1”：请使用 %2。</translation>
    </message>
    <message>
        <source>providers %1 needs one provider UUID or NAME.</source>
        <translation>providers %1 需要一个提供商的 UUID 或名称。</translation>
    </message>
    <message>
        <source>providers %1 takes no more arguments.</source>
        <translation>providers %1 不接受更多参数。</translation>
    </message>
    <message>
        <source>providers delete needs --yes.</source>
        <translation>providers delete 需要 --yes。</translation>
    </message>
    <message>
        <source>--type takes llm, embedding, rerank or all.</source>
        <translation>--type 可取 llm、embedding、rerank 或 all。</translation>
    </message>
    <message>
        <source>providers %1 needs --file or --name, --requester, --base-url, --api-key.</source>
        <translation>providers %1 需要 --file 或 --name、--requester、--base-url、--api-key。</translation>
    </message>
    <message>
        <source>%1 needs exactly one UUID.</source>
        <translation>%1 需要恰好一个 UUID。</translation>
    </message>
    <message>
        <source>create takes no arguments; give the record with --file.</source>
        <translation>create 不接受参数；请用 --file 提供记录。</translation>
    </message>
    <message>
        <source>delete needs model UUIDs and --yes.</source>
        <translation>delete 需要模型 UUID 和 --yes。</translation>
    </message>
    <message>
        <source>%1 needs --file FILE.</source>
        <translation>%1 需要 --file FILE。</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info 不接受参数。</translation>
    </message>
    <message>
        <source>This server (%1 %2) has no %3 models.</source>
        <translation>此服务器（%1 %2）没有 %3 模型。</translation>
    </message>
    <message>
        <source>Deleted %1 model “%2” (%3).</source>
        <translation>已删除 %1 模型“%2”（%3）。</translation>
    </message>
    <message>
        <source>Created %1 model “%2” (%3).</source>
        <translation>已创建 %1 模型“%2”（%3）。</translation>
    </message>
    <message>
        <source>Updated %1 model “%2” (%3).</source>
        <translation>已更新 %1 模型“%2”（%3）。</translation>
    </message>
    <message>
        <source>No provider with the UUID or name “%1”.</source>
        <translation>没有 UUID 或名称为“%1”的提供商。</translation>
    </message>
    <message>
        <source>Several providers are called “%1”; name one by its UUID: %2</source>
        <translation>有多个提供商名为“%1”；请用 UUID 指定其一：%2</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>EMB</source>
        <translation>EMB</translation>
    </message>
    <message>
        <source>RERANK</source>
        <translation>RERANK</translation>
    </message>
    <message>
        <source>(implied by its models)</source>
        <translation>（由其模型推断）</translation>
    </message>
    <message>
        <source>This server (%1) has no providers: each model carries its own requester, base URL and keys. Providers can be listed there (implied by the models), not written.</source>
        <translation>此服务器（%1）没有提供商：每个模型自带请求器、基础 URL 和密钥。在此只能列出（由模型推断的）提供商，不能写入。</translation>
    </message>
    <message>
        <source>The server masked the keys: reading them needs the permission %1.</source>
        <translation>服务器隐藏了密钥：读取它们需要权限 %1。</translation>
    </message>
    <message>
        <source>The server saved the provider “%1” (%2) before it failed. Remove it with: langbot-console providers delete %2 --yes</source>
        <translation>服务器在失败前已保存提供商“%1”（%2）。可以这样删除它：langbot-console providers delete %2 --yes</translation>
    </message>
    <message>
        <source>Created provider “%1” (%2).</source>
        <translation>已创建提供商“%1”（%2）。</translation>
    </message>
    <message>
        <source>Nothing to change in provider “%1”.</source>
        <translation>提供商“%1”没有需要更改的内容。</translation>
    </message>
    <message>
        <source>Updated provider “%1” (%2).</source>
        <translation>已更新提供商“%1”（%2）。</translation>
    </message>
    <message>
        <source>Provider “%1” is used by these models; delete them or move them to another provider first:
  %2</source>
        <translation>提供商“%1”正被以下模型使用；请先删除它们或将它们移到其他提供商：
  %2</translation>
    </message>
    <message>
        <source>Deleted provider “%1” (%2).</source>
        <translation>已删除提供商“%1”（%2）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ABILITIES</source>
        <translation>ABILITIES</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXT</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>ADDED</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>This server (%1) cannot scan a provider&apos;s models: that needs LangBot 4.9.7 or later.</source>
        <translation>此服务器（%1）无法扫描提供商的模型：需要 LangBot 4.9.7 或更高版本。</translation>
    </message>
    <message>
        <source>Server:       %1</source>
        <translation>服务器：     %1</translation>
    </message>
    <message>
        <source>Version:      %1</source>
        <translation>版本：       %1</translation>
    </message>
    <message>
        <source>Generation:   %1</source>
        <translation>API 代际：   %1</translation>
    </message>
    <message>
        <source>Role:         %1</source>
        <translation>角色：       %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Permissions:  %1</source>
        <translation>权限：       %1</translation>
    </message>
    <message>
        <source>all, assumed (%1)</source>
        <translation>全部，视为允许（%1）</translation>
    </message>
    <message>
        <source>A 4.0–4.6 server has no providers: these are implied by the models (read-only).</source>
        <translation>4.0–4.6 服务器没有提供商：这些是由模型推断出的（只读）。</translation>
    </message>
    <message>
        <source>--type takes llm, embedding or rerank.</source>
        <translation>--type 可取 llm、embedding 或 rerank。</translation>
    </message>
    <message>
        <source>reuse</source>
        <translation>复用</translation>
    </message>
    <message>
        <source>provider %1</source>
        <translation>提供商 %1</translation>
    </message>
    <message>
        <source>permission denied (HTTP 403, or known before sending; the message names the missing permission)</source>
        <translation>权限不足（HTTP 403，或发送前已知；消息会写出缺少的权限）</translation>
    </message>
    <message>
        <source>incompatible server: not a LangBot API (route absent, not JSON), or an action that server&apos;s generation does not have (providers on 4.0–4.6)</source>
        <translation>不兼容的服务器：不是 LangBot API（路由不存在、不是 JSON），或该服务器版本没有的操作（4.0–4.6 上的提供商）</translation>
    </message>
    <message>
        <source>server error (HTTP 5xx; the message ends with the request id)</source>
        <translation>服务器错误（HTTP 5xx；消息末尾附有请求 ID）</translation>
    </message>
    <message>
        <source>Only the models nothing uses.</source>
        <translation>仅显示未被使用的模型。</translation>
    </message>
    <message>
        <source>[UUID|NAME...]</source>
        <translation>[UUID|名称...]</translation>
    </message>
    <message>
        <source>Where the models are used (LangBot 4.7+): the pipelines that use each model as primary, fallback or rerank model or through a knowledge base&apos;s embedding model, and the bots that run them. --unused lists the models nothing uses. Lists the server refuses are named on standard error.</source>
        <translation>模型的使用位置（LangBot 4.7+）：将每个模型用作主模型、备用模型、重排序模型或经由知识库嵌入模型使用的流水线，以及运行它们的机器人。--unused 列出未被使用的模型。服务器拒绝的列表会在标准错误中列出。</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>未使用</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>使用 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>; bots: %1</source>
        <translation>；机器人：%1</translation>
    </message>
    <message>
        <source>No model called “%1”.</source>
        <translation>没有名为“%1”的模型。</translation>
    </message>
    <message>
        <source>The server saved the %1 model “%2” (%3) before it failed. Remove it with: langbot-console delete %3 --type %1 --yes</source>
        <translation>服务器在失败前已保存 %1 模型“%2”（%3）。可以这样删除它：langbot-console delete %3 --type %1 --yes</translation>
    </message>
    <message>
        <source>No provider with the UUID “%1” on this server: the model was not created.</source>
        <translation>此服务器上没有 UUID 为“%1”的提供商：模型未创建。</translation>
    </message>
    <message>
        <source>no use found (some lists could not be read)</source>
        <translation>未发现使用（部分列表无法读取）</translation>
    </message>
    <message>
        <source>conflict or precondition: the server rejected the input (HTTP 400, 409, 412), or a delete would break pipelines or bots (without --force)</source>
        <translation>冲突或前提条件不满足：服务器拒绝了输入（HTTP 400、409、412），或删除会破坏流水线或机器人（未加 --force）</translation>
    </message>
    <message>
        <source>Delete models that pipelines or knowledge bases use, too (what breaks is still named).</source>
        <translation>也删除流水线或知识库正在使用的模型（仍会列出受影响的内容）。</translation>
    </message>
    <message>
        <source>Would break: %1</source>
        <translation>将会破坏：%1</translation>
    </message>
    <message>
        <source>Where the models are used could not be fully checked: %1</source>
        <translation>无法完整检查模型的使用位置：%1</translation>
    </message>
    <message>
        <source>Nothing deleted: pipelines or knowledge bases use these models (above). Run again with --force to delete them anyway.</source>
        <translation>未删除任何内容：流水线或知识库正在使用这些模型（见上）。如仍要删除，请加 --force 重新运行。</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>显示计划；不做任何修改。</translation>
    </message>
    <message>
        <source>Apply the plan.</source>
        <translation>应用计划。</translation>
    </message>
    <message>
        <source>OLD NEW</source>
        <translation>OLD NEW</translation>
    </message>
    <message>
        <source>Replace the model OLD by NEW (each a UUID or a name) everywhere pipelines name it (LangBot 4.7+): prints the plan (each pipeline and field, the bots that will notice, the knowledge bases to recreate), then with --yes rewrites each pipeline from a fresh read. Exit code 1 when any pipeline failed or was skipped. The old model is not deleted.</source>
        <translation>在流水线引用模型 OLD 的所有位置将其替换为 NEW（各为 UUID 或名称；LangBot 4.7+）：先打印计划（每个流水线和字段、会受影响的机器人、需重新创建的知识库），使用 --yes 时从最新读取的内容改写每个流水线。任何流水线失败或被跳过时退出码为 1。旧模型不会被删除。</translation>
    </message>
    <message>
        <source>replace needs the OLD and the NEW model (UUID or name).</source>
        <translation>replace 需要旧模型和新模型（UUID 或名称）。</translation>
    </message>
    <message numerus="yes">
        <source>%n models are called “%1”: name it by its UUID.</source>
        <translation>
            <numerusform>有 %n 个模型名为“%1”：请使用其 UUID。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace “%1” (%2) by “%3” (%4):</source>
        <translation>将“%1”（%2）替换为“%3”（%4）：</translation>
    </message>
    <message>
        <source>  No pipeline names “%1”: nothing to change.</source>
        <translation>  没有流水线引用“%1”：无需修改。</translation>
    </message>
    <message>
        <source>  pipeline “%1” (%2)</source>
        <translation>  流水线“%1”（%2）</translation>
    </message>
    <message>
        <source>    no bot runs it</source>
        <translation>    没有机器人运行它</translation>
    </message>
    <message>
        <source>    bots that will notice: %1</source>
        <translation>    会受影响的机器人：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (request id %1)</source>
        <translation>（请求 ID %1）</translation>
    </message>
    <message>
        <source>No pipeline names “%1” any more: it can be deleted with: langbot-console delete %2 --yes</source>
        <translation>已没有流水线引用“%1”：可以用以下命令删除它：langbot-console delete %2 --yes</translation>
    </message>
    <message>
        <source>The plan needs the pipelines, bots and knowledge bases: %1</source>
        <translation>生成计划需要读取流水线、机器人和知识库：%1</translation>
    </message>
    <message>
        <source>Nothing changed: check the plan above, then run again with --yes to apply it.</source>
        <translation>未做任何修改：请检查上面的计划，然后加上 --yes 再次运行以应用它。</translation>
    </message>
</context>
<context>
    <name>lb::cli::Connector</name>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>--url: “%1” is not an http(s) URL with a host.</source>
        <translation>--url：“%1”不是带有主机名的 http(s) URL。</translation>
    </message>
    <message>
        <source>--url needs the API key in the environment variable LANGBOT_API_KEY.</source>
        <translation>--url 需要在环境变量 LANGBOT_API_KEY 中提供 API 密钥。</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Say which server: --profile NAME (profiles: %1) or --url URL.</source>
        <translation>请指定服务器：--profile NAME（配置：%1）或 --url URL。</translation>
    </message>
    <message>
        <source>No profile called “%1” (profiles: %2).</source>
        <translation>不存在名为“%1”的配置（配置：%2）。</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Profile “%1” has no usable %2: %3
Store it in the console (Server → Manage Profiles…), or use --url with LANGBOT_API_KEY.</source>
        <translation>配置“%1”没有可用的%2：%3
请在控制台中存储（服务器 → 管理配置…），或使用 --url 并配合 LANGBOT_API_KEY。</translation>
    </message>
</context>
<context>
    <name>lb::gui::AbilitiesEditor</name>
    <message>
        <source>Vision (reads images)</source>
        <translation>视觉（读取图像）</translation>
    </message>
    <message>
        <source>Function calling (uses tools)</source>
        <translation>函数调用（使用工具）</translation>
    </message>
    <message>
        <source>The ability “%1”</source>
        <translation>能力“%1”</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>其他(&amp;O)：</translation>
    </message>
    <message>
        <source>More abilities, separated by commas</source>
        <translation>更多能力，以逗号分隔</translation>
    </message>
    <message>
        <source>Abilities this console has no check box for; they are kept as typed</source>
        <translation>此控制台没有对应复选框的能力；按输入原样保留</translation>
    </message>
    <message>
        <source>Reasoning (thinks before answering)</source>
        <translation>推理（回答前先思考）</translation>
    </message>
</context>
<context>
    <name>lb::gui::AboutDialog</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>About LangBot Console</source>
        <translation>关于 LangBot Console</translation>
    </message>
    <message>
        <source>LangBot Console</source>
        <translation>LangBot Console</translation>
    </message>
    <message>
        <source>LangBot Console %1</source>
        <translation>LangBot Console %1</translation>
    </message>
    <message>
        <source>A desktop console for the LLM models of LangBot servers: list, test, create, edit, export and import the models of a server.</source>
        <translation>用于管理 LangBot 服务器 LLM 模型的桌面控制台：列出、测试、创建、编辑、导出和导入服务器的模型。</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（基于 %2 构建）</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain：</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>系统：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>server name (URL)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>LangBot:</source>
        <translation>LangBot：</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these versions as plain text, e.g. for a bug report</source>
        <translation>以纯文本形式复制这些版本信息，例如用于错误报告</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>lb::gui::ApiKeysEditor</name>
    <message>
        <source>No keys. Providers on your own machine (such as Ollama) need none.</source>
        <translation>无密钥。在本机运行的提供商（例如 Ollama）无需密钥。</translation>
    </message>
    <message>
        <source>Add Key</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>Add an API key (several keys are used in turn)</source>
        <translation>添加 API 密钥（多个密钥将轮流使用）</translation>
    </message>
    <message>
        <source>sk-…</source>
        <translation>sk-…</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Remove the key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API 密钥 %1</translation>
    </message>
    <message>
        <source>API key %1 is empty: type the key or remove the line.</source>
        <translation>API 密钥 %1 为空：请输入密钥或删除该行。</translation>
    </message>
    <message>
        <source>API key %1 starts or ends with a space.</source>
        <translation>API 密钥 %1 的开头或结尾有空格。</translation>
    </message>
</context>
<context>
    <name>lb::gui::AppController</name>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Could not switch servers.</source>
        <translation>无法切换服务器。</translation>
    </message>
    <message>
        <source>There is no connection given with --url.</source>
        <translation>没有通过 --url 指定的连接。</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>不存在 ID 为 %1 的配置。</translation>
    </message>
    <message>
        <source>Could not start the demo server: %1</source>
        <translation>无法启动演示服务器：%1</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>The %1 could not be stored in the keychain.</source>
        <translation>无法将%1存储到钥匙串中。</translation>
    </message>
    <message>
        <source>It is kept in memory until the console quits.</source>
        <translation>它将保存在内存中，直到控制台退出。</translation>
    </message>
    <message>
        <source>Not connected to “%1”.</source>
        <translation>未连接到“%1”。</translation>
    </message>
    <message>
        <source>Could not connect to “%1”.</source>
        <translation>无法连接到“%1”。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the %1 of “%2” from the keychain…</source>
        <translation>正在从钥匙串读取“%2”的%1…</translation>
    </message>
    <message>
        <source>Logging in to “%1” as %2…</source>
        <translation>正在以 %2 身份登录“%1”…</translation>
    </message>
    <message>
        <source>Waiting for the %1 of “%2”…</source>
        <translation>正在等待“%2”的%1…</translation>
    </message>
    <message>
        <source>The models of “%1” are not shown without its %2.</source>
        <translation>没有%2，无法显示“%1”的模型。</translation>
    </message>
    <message>
        <source>No %1 given for “%2”.</source>
        <translation>未提供“%2”的%1。</translation>
    </message>
    <message>
        <source>Log &amp;In…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>Enter API &amp;Key…</source>
        <translation>输入 API 密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>The server refused the API key: %1</source>
        <translation>服务器拒绝了 API 密钥：%1</translation>
    </message>
    <message>
        <source>The server refused the API key of “%1”.</source>
        <translation>服务器拒绝了“%1”的 API 密钥。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>演示服务器</translation>
    </message>
    <message>
        <source>The built-in demo server, with sample models</source>
        <translation>内置演示服务器，带有示例模型</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <source>You are looking at the built-in demo server.</source>
        <translation>您正在查看内置演示服务器。</translation>
    </message>
    <message>
        <source>Add your LangBot server to manage its models.</source>
        <translation>添加您的 LangBot 服务器以管理其模型。</translation>
    </message>
    <message>
        <source>&amp;Add Server…</source>
        <translation>添加服务器(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>lb::gui::BooleanFieldEditor</name>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
</context>
<context>
    <name>lb::gui::CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Trust it only if the server&apos;s administrator confirmed this fingerprint. It will be trusted for the profile “%1” only; certificates are verified as usual everywhere else.</source>
        <translation>仅当服务器管理员确认了此指纹时才信任它。该证书仅对配置“%1”受信任；在其他任何地方证书仍照常验证。</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this profile only</source>
        <translation>仅对此配置信任此证书(&amp;T)</translation>
    </message>
</context>
<context>
    <name>lb::gui::ChangeReviewDialog</name>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>更改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>更改后</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — changed on both sides</source>
        <translation>%1 — 双方均有更改</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>无差异</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>将要发送的内容</translation>
    </message>
    <message>
        <source>Back to Editing</source>
        <translation>返回编辑</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The Model Changed on the Server</source>
        <translation>服务器上的模型已更改</translation>
    </message>
    <message>
        <source>Their changes (on the server now)</source>
        <translation>对方的更改（当前在服务器上）</translation>
    </message>
    <message>
        <source>Your changes (not saved yet)</source>
        <translation>您的更改（尚未保存）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re-edit on Their Version</source>
        <translation>基于对方版本重新编辑</translation>
    </message>
    <message>
        <source>Overwrite with Mine</source>
        <translation>用我的版本覆盖</translation>
    </message>
</context>
<context>
    <name>lb::gui::EnvironmentStrip</name>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
</context>
<context>
    <name>lb::gui::ExportDialog</name>
    <message>
        <source>Export Models</source>
        <translation>导出模型</translation>
    </message>
    <message>
        <source>Export the model configurations of “%1”.</source>
        <translation>导出“%1”的模型配置。</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Model export (*.json);;All files (*)</source>
        <translation>模型导出文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Include API Keys?</source>
        <translation>包含 API 密钥？</translation>
    </message>
    <message>
        <source>The export will contain the API keys of every model of “%1” in plain text.</source>
        <translation>导出文件将以明文形式包含“%1”所有模型的 API 密钥。</translation>
    </message>
    <message>
        <source>&amp;Include Keys</source>
        <translation>包含密钥(&amp;I)</translation>
    </message>
    <message>
        <source>Anyone who can read the file can use the keys. Export without keys unless you need them, e.g. to move a server.</source>
        <translation>任何能读取该文件的人都可以使用这些密钥。除非确有需要（例如迁移服务器），否则请在导出时不包含密钥。</translation>
    </message>
    <message>
        <source>&amp;Export with Keys</source>
        <translation>连同密钥导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>There is no connection to a server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose a file name.</source>
        <translation>“%1”是文件夹；请选择一个文件名。</translation>
    </message>
    <message>
        <source>Reading the models of “%1”…</source>
        <translation>正在读取“%1”的模型…</translation>
    </message>
    <message>
        <source>Could not read the models: %1</source>
        <translation>无法读取模型：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported 1 model to %1.</source>
        <translation>已将 1 个模型导出到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n models to %1.</source>
        <translation>
            <numerusform>已将 %n 个模型导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds API keys in plain text: keep it safe and delete it when done.</source>
        <translation>该文件以明文形式包含 API 密钥：请妥善保管，并在使用完毕后删除。</translation>
    </message>
    <message>
        <source>API keys were left out.</source>
        <translation>未包含 API 密钥。</translation>
    </message>
    <message>
        <source>providers: %1</source>
        <translation>提供商: %1</translation>
    </message>
    <message>
        <source>LLM models: %1</source>
        <translation>LLM 模型: %1</translation>
    </message>
    <message>
        <source>embedding models: %1</source>
        <translation>嵌入模型: %1</translation>
    </message>
    <message>
        <source>rerank models: %1</source>
        <translation>重排序模型: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2 (format version 2).</source>
        <translation>已将 %1 导出到 %2（格式版本 2）。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ExtraArgsEditor</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>None. Arguments added here are sent to the provider with every request (e.g. temperature).</source>
        <translation>无。在此添加的参数会随每个请求发送给提供商（例如 temperature）。</translation>
    </message>
    <message>
        <source>Add Argument</source>
        <translation>添加参数</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Remove the argument</source>
        <translation>删除该参数</translation>
    </message>
    <message>
        <source>e.g. 0.7</source>
        <translation>例如 0.7</translation>
    </message>
    <message>
        <source>e.g. {&quot;a&quot;: 1} or [1, 2]</source>
        <translation>例如 {&quot;a&quot;: 1} 或 [1, 2]</translation>
    </message>
    <message>
        <source>Key of argument %1</source>
        <translation>参数 %1 的键</translation>
    </message>
    <message>
        <source>Type of argument %1</source>
        <translation>参数 %1 的类型</translation>
    </message>
    <message>
        <source>Value of argument %1</source>
        <translation>参数 %1 的值</translation>
    </message>
    <message>
        <source>Remove argument %1</source>
        <translation>删除参数 %1</translation>
    </message>
    <message>
        <source>argument %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>Extra argument %1 has no key.</source>
        <translation>附加参数 %1 没有键。</translation>
    </message>
    <message>
        <source>The value of %1 must be a number, such as 0.7.</source>
        <translation>%1 的值必须是数字，例如 0.7。</translation>
    </message>
    <message>
        <source>The value of %1 is not valid JSON: %2.</source>
        <translation>%1 的值不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>The key “%1” is given twice.</source>
        <translation>键“%1”重复出现。</translation>
    </message>
    <message>
        <source>Left empty, the server keeps the value it has; type to replace it</source>
        <translation>留空则服务器保留已有的值；输入内容可替换它</translation>
    </message>
    <message>
        <source>hidden by the server (no secret permission)</source>
        <translation>已被服务器隐藏（无密钥权限）</translation>
    </message>
</context>
<context>
    <name>lb::gui::FieldEditor</name>
    <message>
        <source>This console does not know the type “%1”: the value is edited as JSON and sent as typed.</source>
        <translation>此控制台不认识类型“%1”：该值将以 JSON 形式编辑并按输入原样发送。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
</context>
<context>
    <name>lb::gui::FilterChipBar</name>
    <message>
        <source>1 model</source>
        <translation>1 个模型</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 个模型</translation>
    </message>
    <message>
        <source>Abilities:</source>
        <translation>能力：</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show the models whose last test passed</source>
        <translation>显示上次测试通过的模型</translation>
    </message>
    <message>
        <source>Show the models whose last test failed</source>
        <translation>显示上次测试失败的模型</translation>
    </message>
    <message>
        <source>Show the models not tested yet</source>
        <translation>显示尚未测试的模型</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show every model again</source>
        <translation>重新显示所有模型</translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation>上次测试：</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>视觉</translation>
    </message>
    <message>
        <source>Function calling</source>
        <translation>函数调用</translation>
    </message>
    <message>
        <source>Show only the models with the ability “%1”</source>
        <translation>仅显示具有能力“%1”的模型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>✓ Passed (%1)</source>
        <translation>✓ 通过（%1）</translation>
    </message>
    <message>
        <source>Passed, %1</source>
        <translation>通过，%1</translation>
    </message>
    <message>
        <source>✗ Failed (%1)</source>
        <translation>✗ 失败（%1）</translation>
    </message>
    <message>
        <source>Failed, %1</source>
        <translation>失败，%1</translation>
    </message>
    <message>
        <source>Never tested (%1)</source>
        <translation>从未测试（%1）</translation>
    </message>
    <message>
        <source>Never tested, %1</source>
        <translation>从未测试，%1</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Show only the %1 models</source>
        <translation>仅显示 %1 模型</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>推理</translation>
    </message>
    <message>
        <source>Unused (%1)</source>
        <translation>未使用 (%1)</translation>
    </message>
    <message>
        <source>Unused (—)</source>
        <translation>未使用 (—)</translation>
    </message>
    <message>
        <source>Unused, %1</source>
        <translation>未使用，%1</translation>
    </message>
    <message>
        <source>Unused, not known</source>
        <translation>未使用，未知</translation>
    </message>
    <message>
        <source>Show only the models no pipeline or knowledge base uses</source>
        <translation>仅显示没有流水线或知识库使用的模型</translation>
    </message>
    <message>
        <source>Which models are unused is not known: %1</source>
        <translation>无法得知哪些模型未被使用：%1</translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportDialog</name>
    <message>
        <source>What the new model gets:</source>
        <translation>新模型将获得：</translation>
    </message>
    <message>
        <source>The update changes nothing.</source>
        <translation>此更新不会更改任何内容。</translation>
    </message>
    <message>
        <source>What the update changes on the server&apos;s model:</source>
        <translation>此更新将对服务器上的模型做出以下更改：</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>不发送。</translation>
    </message>
    <message>
        <source>Not sent. The server&apos;s model is identical.</source>
        <translation>不发送。服务器上的模型完全相同。</translation>
    </message>
    <message>
        <source>Not sent. An update would change:</source>
        <translation>不发送。更新将会更改：</translation>
    </message>
    <message>
        <source>&amp;Save Report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>“%1” is not a valid export document. Nothing was sent.</source>
        <translation>“%1”不是有效的导出文档。未发送任何内容。</translation>
    </message>
    <message>
        <source>There is no connection to a server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>Could not read the models of “%1”. Nothing was sent.</source>
        <translation>无法读取“%1”的模型。未发送任何内容。</translation>
    </message>
    <message>
        <source>Reading the models of “%1” to compare…</source>
        <translation>正在读取“%1”的模型以进行比较…</translation>
    </message>
    <message>
        <source>The file comes from this server: each model is matched by its uuid, then by its name. A match that differs is updated; one without a match is created.</source>
        <translation>该文件来自此服务器：每个模型先按 uuid 匹配，再按名称匹配。有差异的匹配项将被更新；没有匹配项的将被创建。</translation>
    </message>
    <message>
        <source>The file does not say which server it comes from: each model is matched by its exact name. A match that differs is updated; one without a match is created.</source>
        <translation>该文件未说明来自哪个服务器：每个模型按精确名称匹配。有差异的匹配项将被更新；没有匹配项的将被创建。</translation>
    </message>
    <message>
        <source>The file comes from another server (%1): each model is matched by its exact name. A match that differs is updated; one without a match is created.</source>
        <translation>该文件来自另一个服务器（%1）：每个模型按精确名称匹配。有差异的匹配项将被更新；没有匹配项的将被创建。</translation>
    </message>
    <message>
        <source>Import models into “%1” (production)</source>
        <translation>将模型导入到“%1”（生产）</translation>
    </message>
    <message>
        <source>Import models into “%1”</source>
        <translation>将模型导入到“%1”</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>exported %1</source>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>from “%1”</source>
        <translation>来自“%1”</translation>
    </message>
    <message>
        <source>LangBot %1</source>
        <translation>LangBot %1</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 个模型</translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>API keys included</source>
        <translation>包含 API 密钥</translation>
    </message>
    <message>
        <source>API keys not included</source>
        <translation>不含 API 密钥</translation>
    </message>
    <message>
        <source>Reading the models of “%1”…</source>
        <translation>正在读取“%1”的模型…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Stop after the model being sent</source>
        <translation>发送完当前模型后停止</translation>
    </message>
    <message>
        <source>&amp;Import 1 Model</source>
        <translation>导入 1 个模型(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Models</source>
        <translation>
            <numerusform>导入 %n 个模型(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no models.</source>
        <translation>该文件不包含任何模型。</translation>
    </message>
    <message>
        <source>overwriting models of a production server asks you to type its name</source>
        <translation>覆盖生产服务器上的模型需要您输入其名称</translation>
    </message>
    <message>
        <source>Select a model to see its changes.</source>
        <translation>选择一个模型以查看其更改。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Proposed: %1 (%2). Changed by you.</source>
        <translation>建议：%1（%2）。已由您更改。</translation>
    </message>
    <message>
        <source>(choose one to update)</source>
        <translation>（请选择要更新的模型）</translation>
    </message>
    <message>
        <source>%1 — %2 [%3]</source>
        <translation>%1 — %2 [%3]</translation>
    </message>
    <message>
        <source>The key you entered is sent.</source>
        <translation>将发送您输入的密钥。</translation>
    </message>
    <message numerus="yes">
        <source>The %n keys you entered are sent.</source>
        <translation>
            <numerusform>将发送您输入的 %n 个密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>None: the file says the model has no keys.</source>
        <translation>无：文件表明该模型没有密钥。</translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s keys are sent (%n).</source>
        <translation>
            <numerusform>将发送文件中的密钥（%n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s keys are kept: the file has none.</source>
        <translation>保留服务器上的密钥：文件中没有密钥。</translation>
    </message>
    <message>
        <source>None sent: the file has none.</source>
        <translation>不发送：文件中没有密钥。</translation>
    </message>
    <message>
        <source>Needed: the file has none. You are asked before the import; without keys the model is created without any.</source>
        <translation>需要：文件中没有密钥。导入前会询问您；如果不提供密钥，创建的模型将没有任何密钥。</translation>
    </message>
    <message>
        <source>None needed.</source>
        <translation>无需密钥。</translation>
    </message>
    <message>
        <source>not set on the server</source>
        <translation>服务器上未设置</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>No differences from the server&apos;s model.</source>
        <translation>与服务器上的模型没有差异。</translation>
    </message>
    <message>
        <source>No fields.</source>
        <translation>无字段。</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>结果：%1。</translation>
    </message>
    <message>
        <source>Result: %1 — %2</source>
        <translation>结果：%1 — %2</translation>
    </message>
    <message>
        <source>Not imported yet: the import waits for your answer about the keys.</source>
        <translation>尚未导入：导入正在等待您对密钥的答复。</translation>
    </message>
    <message>
        <source>Overwrite Models on a Production Server</source>
        <translation>覆盖生产服务器上的模型</translation>
    </message>
    <message>
        <source>“%1” is a production profile. This import overwrites 1 model there. Type the profile&apos;s name to continue.</source>
        <translation>“%1”是生产环境配置。此导入将覆盖其中的 1 个模型。请输入配置名称以继续。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is a production profile. This import overwrites %n models there. Type the profile&apos;s name to continue.</source>
        <translation>
            <numerusform>“%1”是生产环境配置。此导入将覆盖其中的 %n 个模型。请输入配置名称以继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Not imported: the profile&apos;s name was not confirmed.</source>
        <translation>未导入：未确认配置名称。</translation>
    </message>
    <message>
        <source>There is no connection to the server any more.</source>
        <translation>与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>Sending “%1”…</source>
        <translation>正在发送“%1”…</translation>
    </message>
    <message>
        <source>Stopping after the model being sent…</source>
        <translation>发送完当前模型后停止…</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 updated, %3 skipped, %4 failed.</source>
        <translation>完成：%1 个已创建，%2 个已更新，%3 个已跳过，%4 个失败。</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>已停止。%1</translation>
    </message>
    <message>
        <source>There is no report yet.</source>
        <translation>尚无报告。</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>无法保存报告：%1</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>保存导入报告</translation>
    </message>
    <message>
        <source>JSON report (*.json);;Text report (*.txt)</source>
        <translation>JSON 报告 (*.json);;文本报告 (*.txt)</translation>
    </message>
    <message>
        <source>&amp;Delete Leftovers</source>
        <translation>删除残留项(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the providers and models a failed create left on the server</source>
        <translation>删除创建失败后留在服务器上的提供商和模型</translation>
    </message>
    <message>
        <source>format version 2: %1</source>
        <translation>格式版本 2：%1</translation>
    </message>
    <message>
        <source>The server kept what a failed create saved: %1. Delete it with Delete Leftovers before importing again.</source>
        <translation>服务器保留了创建失败时已保存的内容：%1。再次导入前请用“删除残留项”将其删除。</translation>
    </message>
    <message>
        <source>provider “%1” (%2)</source>
        <translation>提供商“%1”(%2)</translation>
    </message>
    <message>
        <source>%1 model “%2” (%3)</source>
        <translation>%1 模型“%2”(%3)</translation>
    </message>
    <message>
        <source>Deleted what the failed creates left behind: %1.</source>
        <translation>已删除创建失败留下的内容：%1。</translation>
    </message>
    <message>
        <source>The keys of its provider “%1”.</source>
        <translation>其提供商“%1”的密钥。</translation>
    </message>
    <message>
        <source>The keys of its provider.</source>
        <translation>其提供商的密钥。</translation>
    </message>
    <message>
        <source>Provider %1 — %2</source>
        <translation>提供商 %1 — %2</translation>
    </message>
    <message>
        <source>The server&apos;s provider keeps its keys.</source>
        <translation>服务器上的提供商保留其密钥。</translation>
    </message>
    <message>
        <source>None: the file has no keys. The provider is created without keys; add them to it on the server before its models are used.</source>
        <translation>无：文件中没有密钥。提供商将在没有密钥的情况下创建；在使用其模型之前，请在服务器上为其添加密钥。</translation>
    </message>
    <message>
        <source>None: the file says the provider has no keys.</source>
        <translation>无：文件表明该提供商没有密钥。</translation>
    </message>
    <message>
        <source>What the new provider gets:</source>
        <translation>新提供商将获得：</translation>
    </message>
    <message>
        <source>Reused as it is on the server.</source>
        <translation>按服务器上的现状复用。</translation>
    </message>
    <message>
        <source>Providers: %1 to create, %2 to reuse. Models: %3</source>
        <translation>提供商：%1 个待创建，%2 个复用。模型：%3</translation>
    </message>
    <message>
        <source>Deleting what the failed creates left behind: %1…</source>
        <translation>正在删除创建失败留下的内容：%1…</translation>
    </message>
    <message>
        <source>Could not delete everything the failed creates left behind: %1</source>
        <translation>未能删除创建失败留下的全部内容：%1</translation>
    </message>
</context>
<context>
    <name>lb::gui::ImportPreviewModel</name>
    <message>
        <source>Action for %1</source>
        <translation>%1 的操作</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>name (ambiguous)</source>
        <translation>名称（有歧义）</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已选择</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>new, 1 field</source>
        <translation>新建，1 个字段</translation>
    </message>
    <message numerus="yes">
        <source>new, %n fields</source>
        <translation>
            <numerusform>新建，%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 处更改</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n 处更改</numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>1 difference</source>
        <translation>1 处差异</translation>
    </message>
    <message numerus="yes">
        <source>%n differences</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
    <message>
        <source>none (entered)</source>
        <translation>无（已输入）</translation>
    </message>
    <message numerus="yes">
        <source>%n entered</source>
        <translation>
            <numerusform>已输入 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>%n from the file</source>
        <translation>
            <numerusform>%n 个来自文件</numerusform>
        </translation>
    </message>
    <message>
        <source>server&apos;s kept</source>
        <translation>保留服务器的</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>none sent</source>
        <translation>不发送</translation>
    </message>
    <message>
        <source>%1 — requester %2</source>
        <translation>%1 — 请求器 %2</translation>
    </message>
    <message>
        <source>uuid in the file: %1</source>
        <translation>文件中的 uuid：%1</translation>
    </message>
    <message>
        <source>Proposed: %1 (changed by you)</source>
        <translation>建议：%1（已由您更改）</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change</source>
        <translation>双击或按 F2 进行更改</translation>
    </message>
    <message>
        <source>Server model: %1 [%2]</source>
        <translation>服务器模型：%1 [%2]</translation>
    </message>
    <message>
        <source>The file has no API keys for this model. You are asked for them before the import; without keys it is created without any.</source>
        <translation>文件中没有此模型的 API 密钥。导入前会向您询问；如果不提供密钥，创建的模型将没有任何密钥。</translation>
    </message>
    <message>
        <source>The file has no API keys: the update keeps the server&apos;s keys.</source>
        <translation>文件中没有 API 密钥：更新时将保留服务器上的密钥。</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>匹配方式</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>its provider&apos;s</source>
        <translation>其提供商的</translation>
    </message>
    <message>
        <source>Create provider</source>
        <translation>创建提供商</translation>
    </message>
    <message>
        <source>Reuse provider</source>
        <translation>复用提供商</translation>
    </message>
    <message>
        <source>the server&apos;s</source>
        <translation>服务器的</translation>
    </message>
    <message>
        <source>none: add later</source>
        <translation>无：稍后添加</translation>
    </message>
    <message>
        <source>Provider %1 — requester %2, base URL %3</source>
        <translation>提供商 %1 — 请求器 %2，基础 URL %3</translation>
    </message>
    <message>
        <source>same setup</source>
        <translation>相同设置</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>lb::gui::JsonFieldEditor</name>
    <message>
        <source>JSON, e.g. &quot;text&quot;, 3, true, [1, 2]</source>
        <translation>JSON，例如 &quot;text&quot;、3、true、[1, 2]</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式化</translation>
    </message>
    <message>
        <source>Check the JSON and indent it</source>
        <translation>检查 JSON 并缩进</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2.</source>
        <translation>%1 不是有效的 JSON：%2。</translation>
    </message>
</context>
<context>
    <name>lb::gui::KeysPromptDialog</name>
    <message>
        <source>The file carries no API keys for the model this import creates.</source>
        <translation>文件中没有此次导入所创建模型的 API 密钥。</translation>
    </message>
    <message numerus="yes">
        <source>The file carries no API keys for %n models this import creates.</source>
        <translation>
            <numerusform>文件中没有此次导入所创建的 %n 个模型的 API 密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>1 key on the source server</source>
        <translation>源服务器上有 1 个密钥</translation>
    </message>
    <message numerus="yes">
        <source>%n keys on the source server</source>
        <translation>
            <numerusform>源服务器上有 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>leave empty to create without keys</source>
        <translation>留空则创建时不带密钥</translation>
    </message>
    <message>
        <source>API keys for “%1” (%2)</source>
        <translation>“%1”的 API 密钥（%2）</translation>
    </message>
    <message>
        <source>Show the keys</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Hide the keys</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <source>Back to the Preview</source>
        <translation>返回预览</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Continue (%n without keys)</source>
        <translation>
            <numerusform>继续（%n 个无密钥）(&amp;C)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lb::gui::LineFieldEditor</name>
    <message>
        <source>https://api.example.com/v1</source>
        <translation>https://api.example.com/v1</translation>
    </message>
</context>
<context>
    <name>lb::gui::MainWindow</name>
    <message>
        <source>%1, %2</source>
        <comment>time, date</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>管理配置(&amp;M)…</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Add, edit or remove the LangBot servers this console knows</source>
        <translation>添加、编辑或删除此控制台已知的 LangBot 服务器</translation>
    </message>
    <message>
        <source>Manage the server profiles (Ctrl+Shift+P)</source>
        <translation>管理服务器配置 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Settings of the console, such as how many tests run at once</source>
        <translation>控制台的设置，例如同时运行的测试数量</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the list of models from the server</source>
        <translation>从服务器重新加载模型列表</translation>
    </message>
    <message>
        <source>Reload the models (F5)</source>
        <translation>重新加载模型 (F5)</translation>
    </message>
    <message>
        <source>&amp;Test Selected</source>
        <translation>测试所选(&amp;T)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Test the selected models (Ctrl+T)</source>
        <translation>测试所选模型 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ask the server to send a short request to each selected model</source>
        <translation>请服务器向每个所选模型发送一个简短请求</translation>
    </message>
    <message>
        <source>Test &amp;All</source>
        <translation>全部测试(&amp;A)</translation>
    </message>
    <message>
        <source>Test every model the table shows (Ctrl+Shift+T)</source>
        <translation>测试表格中显示的所有模型 (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Test every model the table shows, a few at a time (see Preferences)</source>
        <translation>测试表格中显示的所有模型，每次测试若干个（参见首选项）</translation>
    </message>
    <message>
        <source>Re-test &amp;Failed</source>
        <translation>重新测试失败项(&amp;F)</translation>
    </message>
    <message>
        <source>Test again the models that failed in the last run (Ctrl+Shift+F)</source>
        <translation>重新测试上次运行中失败的模型 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Test again the models that failed in the last run</source>
        <translation>重新测试上次运行中失败的模型</translation>
    </message>
    <message>
        <source>&amp;Cancel Tests</source>
        <translation>取消测试(&amp;C)</translation>
    </message>
    <message>
        <source>Drop the waiting tests and abort the running ones</source>
        <translation>丢弃等待中的测试并中止正在运行的测试</translation>
    </message>
    <message>
        <source>Cancel the tests (Esc)</source>
        <translation>取消测试 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected models (Del)</source>
        <translation>删除所选模型 (Del)</translation>
    </message>
    <message>
        <source>Delete the selected models from the server</source>
        <translation>从服务器删除所选模型</translation>
    </message>
    <message>
        <source>Copy &amp;Name</source>
        <translation>复制名称(&amp;N)</translation>
    </message>
    <message>
        <source>Copy the names of the selected models</source>
        <translation>复制所选模型的名称</translation>
    </message>
    <message>
        <source>Copy &amp;UUID</source>
        <translation>复制 UUID(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the UUIDs of the selected models</source>
        <translation>复制所选模型的 UUID</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>筛选(&amp;F)…</translation>
    </message>
    <message>
        <source>Filter the models by name, description, requester or URL</source>
        <translation>按名称、描述、请求器或 URL 筛选模型</translation>
    </message>
    <message>
        <source>&amp;About LangBot Console</source>
        <translation>关于 LangBot Console(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>The LangBot server shown (Ctrl+1 … Ctrl+9)</source>
        <translation>当前显示的 LangBot 服务器 (Ctrl+1 … Ctrl+9)</translation>
    </message>
    <message>
        <source>Filter models (Ctrl+F)</source>
        <translation>筛选模型 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Shows the models whose name, description, requester or base URL contains the text (any case)</source>
        <translation>显示名称、描述、请求器或基础 URL 中包含该文本（不区分大小写）的模型</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>筛选模型</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Click to sort; drag to reorder; right-click to choose the columns</source>
        <translation>单击排序；拖动调整顺序；右键单击选择列</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>The name column is always shown</source>
        <translation>名称列始终显示</translation>
    </message>
    <message>
        <source>Show or hide the column “%1”</source>
        <translation>显示或隐藏列“%1”</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>重置列(&amp;R)</translation>
    </message>
    <message>
        <source>Show every column in its first order and width</source>
        <translation>按初始顺序和宽度显示所有列</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Model test</source>
        <translation>模型测试</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <source>Talking to the server</source>
        <translation>正在与服务器通信</translation>
    </message>
    <message>
        <source>Waiting for the server</source>
        <translation>正在等待服务器</translation>
    </message>
    <message>
        <source>LangBot …</source>
        <translation>LangBot …</translation>
    </message>
    <message>
        <source>Showing the last known models of %1 while they are reloaded…</source>
        <translation>正在重新加载 %1 的模型，当前显示的是最近一次已知的模型…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>%1 — %2 — LangBot Console</source>
        <translation>%1 — %2 — LangBot Console</translation>
    </message>
    <message>
        <source>%1 — LangBot Console</source>
        <translation>%1 — LangBot Console</translation>
    </message>
    <message>
        <source>LangBot (version unknown)</source>
        <translation>LangBot（版本未知）</translation>
    </message>
    <message>
        <source>LangBot %1</source>
        <translation>LangBot %1</translation>
    </message>
    <message>
        <source>Check the credentials of this server (Server → Manage Profiles…).</source>
        <translation>请检查此服务器的凭据（服务器 → 管理配置…）。</translation>
    </message>
    <message>
        <source>Could not load the models.</source>
        <translation>无法加载模型。</translation>
    </message>
    <message>
        <source>Models loaded in %1 ms</source>
        <translation>模型已加载，耗时 %1 ms</translation>
    </message>
    <message>
        <source>Still offline: %1</source>
        <translation>仍处于离线状态：%1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <source>Offline — showing the list as of %1</source>
        <translation>离线 — 显示截至 %1 的列表</translation>
    </message>
    <message>
        <source>(server unreachable: %1)</source>
        <translation>（无法连接服务器：%1）</translation>
    </message>
    <message>
        <source>The rows are read-only: testing and deleting come back when the server answers again.</source>
        <translation>各行为只读：服务器恢复应答后即可重新测试和删除。</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>The server cannot be reached; the list is the one saved at %1</source>
        <translation>无法连接到服务器；当前列表保存于 %1</translation>
    </message>
    <message>
        <source>Back online.</source>
        <translation>已恢复在线。</translation>
    </message>
    <message>
        <source>%1 answered in %2 ms</source>
        <translation>%1 在 %2 ms 内应答</translation>
    </message>
    <message>
        <source>The test of “%1” failed.</source>
        <translation>“%1”的测试失败。</translation>
    </message>
    <message>
        <source>Tested %1 models: %2 passed, %3 failed</source>
        <translation>已测试 %1 个模型：%2 个通过，%3 个失败</translation>
    </message>
    <message>
        <source>, %1 cancelled</source>
        <translation>，%1 个已取消</translation>
    </message>
    <message>
        <source>One test at a time.</source>
        <translation>一次运行一个测试。</translation>
    </message>
    <message>
        <source>Up to %1 tests at the same time.</source>
        <translation>最多同时运行 %1 个测试。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation>无法删除“%1”。</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached</source>
        <translation>离线时不可用：无法连接到服务器</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 个模型</translation>
    </message>
    <message numerus="yes">
        <source>%n models</source>
        <translation>
            <numerusform>%n 个模型</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The saved list of this server is empty.</source>
        <translation>此服务器已保存的列表为空。</translation>
    </message>
    <message>
        <source>No models on this server yet.</source>
        <translation>此服务器上尚无模型。</translation>
    </message>
    <message>
        <source>No models match the filter.</source>
        <translation>没有符合筛选条件的模型。</translation>
    </message>
    <message>
        <source>No models match “%1”.</source>
        <translation>没有与“%1”匹配的模型。</translation>
    </message>
    <message>
        <source>The server cannot be reached. Reading the saved list…</source>
        <translation>无法连接到服务器。正在读取已保存的列表…</translation>
    </message>
    <message>
        <source>The models could not be loaded.</source>
        <translation>无法加载模型。</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List every keyboard shortcut of the console</source>
        <translation>列出控制台的所有键盘快捷键</translation>
    </message>
    <message>
        <source>The versions of the console, of Qt and of the server</source>
        <translation>控制台、Qt 和服务器的版本</translation>
    </message>
    <message>
        <source>The language takes effect after a restart of the console.</source>
        <translation>语言将在重启控制台后生效。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Choose Server → Manage Profiles… (%1) to add a server.</source>
        <translation>请选择“服务器 → 管理配置…” (%1) 添加服务器。</translation>
    </message>
    <message>
        <source>Add one with Model → New Model… (%1), import some with File → Import Models… (%2), or press Refresh (%3) after adding them in LangBot&apos;s web interface.</source>
        <translation>可通过“模型 → 新建模型…” (%1) 添加模型，通过“文件 → 导入模型…” (%2) 导入模型，或在 LangBot 的 Web 界面中添加后按“刷新” (%3)。</translation>
    </message>
    <message>
        <source>The banner above says why; Refresh (%1) tries again.</source>
        <translation>原因见上方横幅；按“刷新” (%1) 可重试。</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器列表</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>%1 · %2 API</source>
        <translation>%1 · %2 API</translation>
    </message>
    <message>
        <source>%1 of %2 shown (%3)</source>
        <translation>显示 %1 / %2（%3）</translation>
    </message>
    <message>
        <source>%1 LLM · %2 embedding · %3 rerank</source>
        <translation>%1 个 LLM · %2 个嵌入 · %3 个重排序</translation>
    </message>
    <message>
        <source>Your role on this server lacks the permission “%1”</source>
        <translation>您在此服务器上的角色缺少权限“%1”</translation>
    </message>
    <message>
        <source>Role: %1 (view only)</source>
        <translation>角色：%1（只读）</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>权限：%1</translation>
    </message>
    <message>
        <source>Where &amp;Used…</source>
        <translation>使用位置(&amp;U)…</translation>
    </message>
    <message>
        <source>List the pipelines, knowledge bases and bots that use the current model</source>
        <translation>列出使用当前模型的流水线、知识库和机器人</translation>
    </message>
    <message>
        <source>the pipelines are still being read.</source>
        <translation>仍在读取流水线。</translation>
    </message>
    <message>
        <source>the pipelines have not been read.</source>
        <translation>尚未读取流水线。</translation>
    </message>
    <message>
        <source>&amp;Replace Everywhere…</source>
        <translation>全部替换(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the current model by another in every pipeline</source>
        <translation>在所有流水线中用另一个模型替换当前模型</translation>
    </message>
    <message>
        <source>Replace the current model by another model in every pipeline that uses it</source>
        <translation>在使用当前模型的每个流水线中用另一个模型替换它</translation>
    </message>
</context>
<context>
    <name>lb::gui::MessageBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误消息</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDeletion</name>
    <message>
        <source>the pipelines, bots and knowledge bases are still being read; try again in a moment.</source>
        <translation>仍在读取流水线、机器人和知识库；请稍后再试。</translation>
    </message>
    <message>
        <source>they were not read.</source>
        <translation>它们未被读取。</translation>
    </message>
    <message>
        <source>This breaks what uses it:</source>
        <translation>这会破坏使用它的内容：</translation>
    </message>
    <message>
        <source>Whether other pipelines or bots use it could not be checked: %1</source>
        <translation>无法检查是否有其他流水线或机器人使用它：%1</translation>
    </message>
    <message>
        <source>No pipeline, knowledge base or bot uses it.</source>
        <translation>没有流水线、知识库或机器人使用它。</translation>
    </message>
    <message>
        <source>Delete model “%1”? This cannot be undone.</source>
        <translation>删除模型“%1”？此操作无法撤消。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n models? This cannot be undone.</source>
        <translation>
            <numerusform>删除 %n 个模型？此操作无法撤消。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a production server.</source>
        <translation>“%1”是生产服务器。</translation>
    </message>
    <message>
        <source>Delete model on production</source>
        <translation>删除生产环境上的模型</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete model in use</source>
        <translation>删除正在使用的模型</translation>
    </message>
    <message>
        <source>Delete model</source>
        <translation>删除模型</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The model&apos;s name at the provider, as sent in every request (e.g. gpt-4o).</source>
        <translation>模型在提供商处的名称，会在每个请求中发送（例如 gpt-4o）。</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>New Model[*]</source>
        <translation>新建模型[*]</translation>
    </message>
    <message>
        <source>Edit “%1”[*]</source>
        <translation>编辑“%1”[*]</translation>
    </message>
    <message>
        <source>Duplicate “%1”[*]</source>
        <translation>复制“%1”[*]</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>创建(&amp;C)…</translation>
    </message>
    <message>
        <source>A saved model keeps its requester (LangBot&apos;s update has no requester field). To use another one, duplicate the model and pick it there.</source>
        <translation>已保存的模型会保留其请求器（LangBot 的更新接口没有请求器字段）。若要使用其他请求器，请复制该模型并在副本中选择。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Keys and Abilities</source>
        <translation>密钥与能力</translation>
    </message>
    <message>
        <source>Copy the API key of “%1”</source>
        <translation>复制“%1”的 API 密钥</translation>
    </message>
    <message>
        <source>Copy the %1 API keys of “%2”</source>
        <translation>复制“%2”的 %1 个 API 密钥</translation>
    </message>
    <message>
        <source>Off: the copy starts without keys, so no secret is duplicated unless you ask</source>
        <translation>关闭时：副本不带密钥，因此除非您要求，否则不会复制任何机密信息</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Abilities</source>
        <translation>能力(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xtra arguments</source>
        <translation>附加参数(&amp;X)</translation>
    </message>
    <message>
        <source>e.g. openai-chat-completions</source>
        <translation>例如 openai-chat-completions</translation>
    </message>
    <message>
        <source>&amp;Requester *</source>
        <translation>请求器(&amp;R) *</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>No requester chosen</source>
        <translation>未选择请求器</translation>
    </message>
    <message>
        <source>Connection — %1</source>
        <translation>连接 — %1</translation>
    </message>
    <message>
        <source>(set)</source>
        <translation>（已设置）</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>（已更改）</translation>
    </message>
    <message>
        <source>Type the name of a requester.</source>
        <translation>请输入请求器的名称。</translation>
    </message>
    <message>
        <source>%1 (and 1 more problem)</source>
        <translation>%1（另有 1 个问题）</translation>
    </message>
    <message>
        <source>%1 (and %2 more problems)</source>
        <translation>%1（另有 %2 个问题）</translation>
    </message>
    <message>
        <source>Waiting for the requester settings…</source>
        <translation>正在等待请求器设置…</translation>
    </message>
    <message>
        <source>Not connected to a server.</source>
        <translation>未连接到服务器。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Choose a requester first.</source>
        <translation>请先选择请求器。</translation>
    </message>
    <message>
        <source>Not connected to a server: nothing can be saved.</source>
        <translation>未连接到服务器：无法保存任何内容。</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚未做任何更改。</translation>
    </message>
    <message>
        <source>Review what will be sent, then save (Ctrl+S)</source>
        <translation>检查将要发送的内容，然后保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Send the form to the server&apos;s test of unsaved settings: one small chat request to the provider; nothing is saved (Ctrl+T)</source>
        <translation>将表单发送到服务器，测试未保存的设置：向提供商发送一个简短的聊天请求；不会保存任何内容 (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelDialogBase</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Testing the settings in the form… (nothing is saved)</source>
        <translation>正在测试表单中的设置…（不会保存任何内容）</translation>
    </message>
    <message>
        <source>Test passed: the provider answered, round trip %1. Nothing was saved.</source>
        <translation>测试通过：提供商已应答，往返耗时 %1。未保存任何内容。</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Test failed after %1: %2</source>
        <translation>测试失败，耗时 %1：%2</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>创建“%1”</translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation>保存“%1”</translation>
    </message>
    <message>
        <source>A new model “%1” will be created on the server with these values.</source>
        <translation>将在服务器上使用这些值创建新模型“%1”。</translation>
    </message>
    <message>
        <source>These changes to “%1” will be sent to the server. Fields not listed stay as they are.</source>
        <translation>对“%1”的以下更改将发送到服务器。未列出的字段保持不变。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Creating the model…</source>
        <translation>正在创建模型…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Checking the model on the server…</source>
        <translation>正在检查服务器上的模型…</translation>
    </message>
    <message>
        <source>“%1” no longer exists on the server: it was deleted after you opened it. Nothing was sent; your values are still here.</source>
        <translation>“%1”在服务器上已不存在：它在您打开后被删除了。未发送任何内容；您填写的值仍保留在此处。</translation>
    </message>
    <message>
        <source>The model could not be read again before saving, so nothing was sent: %1</source>
        <translation>保存前无法重新读取该模型，因此未发送任何内容：%1</translation>
    </message>
    <message>
        <source>Someone changed “%1” on the server after you opened it (last update: %2).</source>
        <translation>在您打开“%1”后，有人在服务器上更改了它（最后更新：%2）。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Both of you changed: %1.</source>
        <translation>双方都更改了：%1。</translation>
    </message>
    <message>
        <source>Overwrite with mine: save what this dialog shows; their changes listed here are lost.
Re-edit on their version: load their version and keep your changes on top, then check and save again.
Cancel: nothing is sent; keep editing.</source>
        <translation>用我的版本覆盖：保存此对话框中显示的内容；此处列出的对方更改将会丢失。
基于对方版本重新编辑：加载对方的版本并在其上保留您的更改，然后检查并再次保存。
取消：不发送任何内容；继续编辑。</translation>
    </message>
    <message>
        <source>The model changed on the server.</source>
        <translation>服务器上的模型已更改。</translation>
    </message>
    <message>
        <source>Someone saved “%1” after you opened it.</source>
        <translation>在您打开“%1”后，有人保存了它。</translation>
    </message>
    <message>
        <source>Their version is loaded.</source>
        <translation>已加载对方的版本。</translation>
    </message>
    <message>
        <source>Your changes are kept on top of it. Check the form and save again.</source>
        <translation>您的更改已保留在其之上。请检查表单并再次保存。</translation>
    </message>
    <message>
        <source>Your changes are kept on top of it; where both of you changed a field (%1), yours is shown. Check the form and save again.</source>
        <translation>您的更改已保留在其之上；对于双方都更改过的字段（%1），显示的是您的值。请检查表单并再次保存。</translation>
    </message>
    <message>
        <source>“%1” changed on the server after you opened it, and nothing was sent. Save again to decide, or close to discard your changes.</source>
        <translation>在您打开“%1”后，它在服务器上发生了更改，未发送任何内容。请再次保存以做出决定，或关闭以放弃您的更改。</translation>
    </message>
    <message>
        <source>Could not create the model.</source>
        <translation>无法创建模型。</translation>
    </message>
    <message>
        <source>Could not save the model.</source>
        <translation>无法保存模型。</translation>
    </message>
    <message>
        <source>Discard Changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved.</source>
        <translation>对“%1”的更改尚未保存。</translation>
    </message>
    <message>
        <source>the new model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>放弃更改</translation>
    </message>
    <message>
        <source>Close the dialog and lose them, or cancel to go on editing.</source>
        <translation>关闭对话框并丢弃这些更改，或取消以继续编辑。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelEditing</name>
    <message>
        <source>&amp;New Model…</source>
        <translation>新建模型(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Create a model on the server, with a form made from its requester</source>
        <translation>在服务器上创建模型，表单依据其请求器生成</translation>
    </message>
    <message>
        <source>Create a model (Ctrl+N)</source>
        <translation>创建模型 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected model</source>
        <translation>编辑所选模型</translation>
    </message>
    <message>
        <source>Edit the selected model (Enter or double-click)</source>
        <translation>编辑所选模型（Enter 或双击）</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>复制(&amp;U)…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Create a copy of the selected model (without its keys unless you ask)</source>
        <translation>创建所选模型的副本（除非您要求，否则不含密钥）</translation>
    </message>
    <message>
        <source>Duplicate the selected model (Ctrl+D)</source>
        <translation>复制所选模型 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached</source>
        <translation>离线时不可用：无法连接到服务器</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>lb::gui::ModelViewProxy</name>
    <message>
        <source>Testing now…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Waiting for a free test slot</source>
        <translation>正在等待空闲的测试槽位</translation>
    </message>
    <message>
        <source>Recent tests (newest first)</source>
        <translation>最近的测试（最新的在前）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>… and 1 older test</source>
        <translation>… 以及 1 次更早的测试</translation>
    </message>
    <message>
        <source>… and %1 older tests</source>
        <translation>… 以及 %1 次更早的测试</translation>
    </message>
</context>
<context>
    <name>lb::gui::NumberFieldEditor</name>
    <message>
        <source>A whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1，范围 %2 到 %3</translation>
    </message>
    <message>
        <source>%1 of at least %2</source>
        <translation>%1，不小于 %2</translation>
    </message>
    <message>
        <source>%1 of at most %2</source>
        <translation>%1，不大于 %2</translation>
    </message>
</context>
<context>
    <name>lb::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>How many models are tested at the same time by Test All and Test Selected (%1 to %2)</source>
        <translation>“全部测试”和“测试所选”同时测试的模型数量（%1 到 %2）</translation>
    </message>
    <message>
        <source>Each test makes the server call the model&apos;s provider. More at once is faster, but providers may limit the rate of requests.</source>
        <translation>每次测试都会让服务器调用模型的提供商。同时测试的数量越多速度越快，但提供商可能会限制请求频率。</translation>
    </message>
    <message>
        <source>&amp;Tests at the same time:</source>
        <translation>同时进行的测试数(&amp;T)：</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>System follows the desktop&apos;s colours; Light and Dark choose them</source>
        <translation>“跟随系统”使用桌面的配色；“浅色”和“深色”则使用固定配色</translation>
    </message>
    <message>
        <source>The language takes effect after a restart of the console.</source>
        <translation>语言将在重启控制台后生效。</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfileManagerDialog</name>
    <message>
        <source>No address yet</source>
        <translation>尚无地址</translation>
    </message>
    <message>
        <source>The servers this console knows, in the order of the switcher</source>
        <translation>此控制台已知的服务器，按切换器中的顺序排列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Add Profile</source>
        <translation>添加配置(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>LangBot user (email and password)</source>
        <translation>LangBot 用户（电子邮件和密码）</translation>
    </message>
    <message>
        <source>Checking the connection</source>
        <translation>正在检查连接</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>no address yet</source>
        <translation>尚无地址</translation>
    </message>
    <message>
        <source>, not saved yet</source>
        <translation>，尚未保存</translation>
    </message>
    <message>
        <source>, unsaved changes</source>
        <translation>，有未保存的更改</translation>
    </message>
    <message>
        <source>Name: another profile is already called “%1”.</source>
        <translation>名称：已有其他配置名为“%1”。</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Storing the secret in the keychain…</source>
        <translation>正在将密钥存储到钥匙串…</translation>
    </message>
    <message>
        <source>No changes to save</source>
        <translation>没有要保存的更改</translation>
    </message>
    <message>
        <source>Save this profile (Ctrl+S)</source>
        <translation>保存此配置 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ask the server for its version and, with the secret, list its models</source>
        <translation>向服务器查询其版本，并在有密钥时列出其模型</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>The colour of this profile: %1</source>
        <translation>此配置的颜色：%1</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Storing the %1 in the keychain…</source>
        <translation>正在将%1存储到钥匙串…</translation>
    </message>
    <message>
        <source>The %1 is stored in the keychain when you save.</source>
        <translation>保存时会将%1存储到钥匙串中。</translation>
    </message>
    <message>
        <source>Replaces the stored %1 when you save.</source>
        <translation>保存时将替换已存储的%1。</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>正在查找钥匙串…</translation>
    </message>
    <message>
        <source>Stored in the keychain. Leave the field empty to keep it, or type a new %1 to replace it.</source>
        <translation>已存储在钥匙串中。留空则保留原值，或输入新的%1以替换。</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>已存储在钥匙串中</translation>
    </message>
    <message>
        <source>Kept in memory for this session only, not in the keychain. Type it again to store it.</source>
        <translation>仅在本次会话中保存在内存里，未存入钥匙串。再次输入即可存储。</translation>
    </message>
    <message>
        <source>Kept for this session</source>
        <translation>已为本次会话保留</translation>
    </message>
    <message>
        <source>Stored in the system keychain when you save, never in a file. Leave it empty to be asked when connecting.</source>
        <translation>保存时存储到系统钥匙串中，绝不写入文件。留空则在连接时询问。</translation>
    </message>
    <message>
        <source>No %1 stored yet: type it here, or the console asks when it connects.</source>
        <translation>尚未存储%1：请在此输入，或在连接时由控制台询问。</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <source>Hide the typed secret</source>
        <translation>隐藏输入的密钥</translation>
    </message>
    <message>
        <source>Show the typed secret</source>
        <translation>显示输入的密钥</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Secrets are not copied.</source>
        <translation>不会复制机密信息。</translation>
    </message>
    <message>
        <source>Delete the profile “%1”?
Its API key or password is removed from the keychain as well. Nothing on the server changes.</source>
        <translation>删除配置“%1”？
其 API 密钥或密码也将从钥匙串中删除。服务器上的任何内容都不会改变。</translation>
    </message>
    <message>
        <source>Delete production profile</source>
        <translation>删除生产环境配置</translation>
    </message>
    <message>
        <source>&amp;Delete Profile</source>
        <translation>删除配置(&amp;D)</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>The profile could not be saved to %1.</source>
        <translation>无法将配置保存到 %1。</translation>
    </message>
    <message>
        <source>The %1 of “%2” could not be stored in the keychain.
%3
Nothing was written to disk. You can keep it in memory until the console quits, or try again.</source>
        <translation>无法将“%2”的%1存储到钥匙串中。
%3
未向磁盘写入任何内容。您可以将其保存在内存中直到控制台退出，或重试。</translation>
    </message>
    <message>
        <source>Reading the secret from the keychain…</source>
        <translation>正在从钥匙串读取密钥…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>（版本未知）</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 个模型</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 个模型</translation>
    </message>
    <message>
        <source>LangBot %1 — %2</source>
        <translation>LangBot %1 — %2</translation>
    </message>
    <message>
        <source>LangBot %1 is reachable. Type the password to check the login as well.</source>
        <translation>LangBot %1 可以访问。输入密码以同时检查登录。</translation>
    </message>
    <message>
        <source>LangBot %1 is reachable. Type the API key to check it as well.</source>
        <translation>LangBot %1 可以访问。输入 API 密钥以同时检查密钥。</translation>
    </message>
    <message>
        <source>The check failed.</source>
        <translation>检查失败。</translation>
    </message>
    <message>
        <source>The server is LangBot %1.</source>
        <translation>服务器为 LangBot %1。</translation>
    </message>
    <message>
        <source>No secret is stored for this profile yet.</source>
        <translation>此配置尚未存储密钥。</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”?</source>
        <translation>放弃对“%1”未保存的更改？</translation>
    </message>
    <message numerus="yes">
        <source>Discard the unsaved changes to %n profiles?</source>
        <translation>
            <numerusform>放弃对 %n 个配置未保存的更改？</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>&amp;Discard Changes</source>
        <translation>放弃更改(&amp;D)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProfilesImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Could not read “%1”. Nothing was changed.</source>
        <translation>无法读取“%1”。未做任何更改。</translation>
    </message>
    <message>
        <source>“%1” is not a valid profiles document. Nothing was changed.</source>
        <translation>“%1”不是有效的配置文档。未做任何更改。</translation>
    </message>
    <message>
        <source>Import 1 profile from “%1”.</source>
        <translation>从“%1”导入 1 个配置。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n profiles from “%1”.</source>
        <translation>
            <numerusform>从“%1”导入 %n 个配置。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>New: no profile has this name.</source>
        <translation>新建：没有配置使用此名称。</translation>
    </message>
    <message>
        <source>The list has this profile already, with the same settings.</source>
        <translation>列表中已有此配置，且设置相同。</translation>
    </message>
    <message>
        <source>The list has a profile named “%1” with other settings. Choose Replace to take the file&apos;s settings, or Add as copy.</source>
        <translation>列表中已有名为“%1”但设置不同的配置。选择“替换”以采用文件中的设置，或选择“添加为副本”。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add as copy</source>
        <translation>添加为副本</translation>
    </message>
    <message>
        <source>Add as “%1”</source>
        <translation>添加为“%1”</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>“%1” takes the file&apos;s settings and keeps its place in the list.</source>
        <translation>“%1”将采用文件中的设置，并保留其在列表中的位置。</translation>
    </message>
    <message>
        <source>The server address or sign-in changes: its stored API key or password is forgotten and asked for again.</source>
        <translation>服务器地址或登录方式发生变化：已存储的 API 密钥或密码将被清除，并重新询问。</translation>
    </message>
    <message>
        <source>It is a production profile: you are asked to type its name.</source>
        <translation>这是生产环境配置：系统会要求您输入其名称。</translation>
    </message>
    <message>
        <source>Added under the name “%1”.</source>
        <translation>已以名称“%1”添加。</translation>
    </message>
    <message>
        <source>&amp;Import 1 Profile</source>
        <translation>导入 1 个配置(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Profiles</source>
        <translation>
            <numerusform>导入 %n 个配置(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Replace a Production Profile</source>
        <translation>替换生产环境配置</translation>
    </message>
    <message>
        <source>“%1” is a production profile. The import replaces its settings with the file&apos;s. Type the profile&apos;s name to continue.</source>
        <translation>“%1”是生产环境配置。导入将用文件中的设置替换其设置。请输入配置名称以继续。</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>Nothing was imported: replacing “%1” was not confirmed.</source>
        <translation>未导入任何内容：未确认替换“%1”。</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>failed: the profile could not be added</source>
        <translation>失败：无法添加该配置</translation>
    </message>
    <message>
        <source>added as “%1”</source>
        <translation>已添加为“%1”</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>failed: the profile to replace is gone</source>
        <translation>失败：要替换的配置已不存在</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>the profile could not be saved</source>
        <translation>无法保存该配置</translation>
    </message>
    <message>
        <source>replaced (secret forgotten)</source>
        <translation>已替换（密钥已清除）</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>%1 added, %2 replaced, %3 failed.</source>
        <translation>%1 个已添加，%2 个已替换，%3 个失败。</translation>
    </message>
    <message>
        <source>%1 added, %2 replaced.</source>
        <translation>%1 个已添加，%2 个已替换。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderDeletion</name>
    <message>
        <source>Delete Provider</source>
        <translation>删除提供商</translation>
    </message>
    <message>
        <source>Delete the provider “%1”?</source>
        <translation>删除提供商“%1”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n model(s) and then the provider “%1”?</source>
        <translation>
            <numerusform>删除这 %n 个模型，然后删除提供商“%1”？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move these %n model(s) to “%1” and then delete the provider “%2”?</source>
        <translation>
            <numerusform>将这 %n 个模型移到“%1”，然后删除提供商“%2”？</numerusform>
        </translation>
    </message>
    <message>
        <source>Move and Delete</source>
        <translation>移动并删除</translation>
    </message>
    <message numerus="yes">
        <source>The server refuses to delete “%1” while models use it. These %n model(s) use it:</source>
        <translation>
            <numerusform>仍有模型使用“%1”时，服务器拒绝删除它。以下 %n 个模型正在使用它：</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete these models first</source>
        <translation>先删除这些模型(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Move them to another provider:</source>
        <translation>将它们移到另一个提供商(&amp;M)：</translation>
    </message>
    <message>
        <source>Provider to move the models to</source>
        <translation>模型要移到的提供商</translation>
    </message>
    <message>
        <source>The window switched to another server while you decided: nothing was sent.</source>
        <translation>在您做出决定期间窗口已切换到另一台服务器：未发送任何内容。</translation>
    </message>
    <message>
        <source>The provider “%1” is no longer on the server: nothing was sent.</source>
        <translation>提供商“%1”已不在服务器上：未发送任何内容。</translation>
    </message>
    <message>
        <source>The provider to move the models to is no longer on the server: nothing was sent.</source>
        <translation>要将模型移至的提供商已不在服务器上：未发送任何内容。</translation>
    </message>
    <message>
        <source>The provider to move the models to does not serve %1 models: nothing was sent.</source>
        <translation>要将模型移至的提供商不支持 %1 模型：未发送任何内容。</translation>
    </message>
    <message>
        <source>The models that use “%1” changed while you decided: nothing was sent. Delete it again to see them.</source>
        <translation>在您做出决定期间，使用“%1”的模型发生了变化：未发送任何内容。请再次删除以查看这些模型。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderDialog</name>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>hidden by the server (no secret permission)</source>
        <translation>已被服务器隐藏（无密钥权限）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Add key</source>
        <translation>添加密钥(&amp;A)</translation>
    </message>
    <message>
        <source>The server uses the keys in turn</source>
        <translation>服务器轮流使用这些密钥</translation>
    </message>
    <message>
        <source>API keys:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>Edit Provider</source>
        <translation>编辑提供商</translation>
    </message>
    <message>
        <source>Duplicate Provider</source>
        <translation>复制提供商</translation>
    </message>
    <message>
        <source>New Provider</source>
        <translation>新建提供商</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API 密钥 %1</translation>
    </message>
    <message>
        <source>Kept as stored unless you type a new key</source>
        <translation>除非输入新密钥，否则保留已存储的密钥</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>隐藏密钥</translation>
    </message>
    <message>
        <source>Remove key %1</source>
        <translation>移除密钥 %1</translation>
    </message>
    <message>
        <source>A provider needs a name and a type.</source>
        <translation>提供商需要名称和类型。</translation>
    </message>
    <message>
        <source>Saving a provider needs the permission %1.</source>
        <translation>保存提供商需要权限 %1。</translation>
    </message>
    <message>
        <source>&amp;Delete the half-saved provider</source>
        <translation>删除已部分保存的提供商(&amp;D)</translation>
    </message>
    <message>
        <source>The server saved the provider “%1” before it failed.</source>
        <translation>服务器在失败前已保存提供商“%1”。</translation>
    </message>
    <message>
        <source>The half-saved provider was deleted.</source>
        <translation>已删除部分保存的提供商。</translation>
    </message>
    <message>
        <source>A key hidden by the server can be replaced, not removed</source>
        <translation>服务器隐藏的密钥只能替换，不能删除</translation>
    </message>
    <message>
        <source>The provider could not be read: close this dialog and open it again.</source>
        <translation>无法读取该提供商：请关闭此对话框后重新打开。</translation>
    </message>
    <message>
        <source>The server hides this provider&apos;s base URL: enter the base URL of the copy.</source>
        <translation>服务器隐藏了该提供商的基础 URL：请输入副本的基础 URL。</translation>
    </message>
    <message numerus="yes">
        <source>The server hides %n of the source&apos;s API keys (no secret permission): the copy cannot take them. Type the keys the copy should use.</source>
        <translation>
            <numerusform>服务器隐藏了源提供商的 %n 个 API 密钥（无密钥权限）：副本无法带上它们。请输入副本应使用的密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server hides the source&apos;s base URL: type the base URL of the copy.</source>
        <translation>服务器隐藏了源提供商的基础 URL：请输入副本的基础 URL。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderModelDialog</name>
    <message>
        <source>Provider default</source>
        <translation>提供商默认</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>最低</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Extra high</source>
        <translation>极高</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Edit Model — %1</source>
        <translation>编辑模型 — %1</translation>
    </message>
    <message>
        <source>Duplicate Model — %1</source>
        <translation>复制模型 — %1</translation>
    </message>
    <message>
        <source>New Model</source>
        <translation>新建模型</translation>
    </message>
    <message>
        <source>Model type</source>
        <translation>模型类型</translation>
    </message>
    <message>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>重排序</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Choose a provider…</source>
        <translation>选择提供商…</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供商(&amp;P)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The model&apos;s id at the provider, e.g. gpt-4o</source>
        <translation>模型在提供商处的 ID，例如 gpt-4o</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Abilities:</source>
        <translation>能力(&amp;A)：</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个令牌</translation>
    </message>
    <message>
        <source>The model&apos;s context window in tokens; “Not set” leaves it unknown</source>
        <translation>模型的上下文窗口（令牌数）；“未设置”表示未知</translation>
    </message>
    <message>
        <source>&amp;Context length:</source>
        <translation>上下文长度(&amp;C)：</translation>
    </message>
    <message>
        <source>Reasoning level</source>
        <translation>推理级别</translation>
    </message>
    <message>
        <source>&amp;Reasoning level:</source>
        <translation>推理级别(&amp;R)：</translation>
    </message>
    <message>
        <source>E&amp;xtra arguments:</source>
        <translation>额外参数(&amp;X)：</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Stop waiting for the test</source>
        <translation>停止等待测试</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>创建(&amp;R)</translation>
    </message>
    <message>
        <source>The type of a saved model is fixed</source>
        <translation>已保存模型的类型不可更改</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Requester: %1</source>
        <translation>请求器：%1</translation>
    </message>
    <message>
        <source>New provider…</source>
        <translation>新建提供商…</translation>
    </message>
    <message>
        <source>This server has no provider yet: make one with “New provider…”.</source>
        <translation>此服务器还没有提供商：请通过“新建提供商…”创建一个。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Requester: %1 · API keys: %2</source>
        <translation>请求器：%1 · API 密钥：%2</translation>
    </message>
    <message>
        <source>Levels need the reasoning ability: tick “Reasoning” to choose one.</source>
        <translation>推理级别需要推理能力：勾选“推理”后才能选择。</translation>
    </message>
    <message>
        <source>The server reports no other level for this model yet: save it with the reasoning ability, then edit it again to choose one.</source>
        <translation>服务器尚未为此模型报告其他级别：请先带推理能力保存，然后再次编辑以选择级别。</translation>
    </message>
    <message>
        <source>Needs the permission %1, which these credentials lack</source>
        <translation>需要权限 %1，但当前凭据没有该权限</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>未连接到服务器</translation>
    </message>
    <message>
        <source>Choose a provider</source>
        <translation>请选择提供商</translation>
    </message>
    <message>
        <source>Enter the model&apos;s name</source>
        <translation>请输入模型名称</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Nothing changed yet</source>
        <translation>尚无更改</translation>
    </message>
    <message>
        <source>Test the settings in the form without saving them</source>
        <translation>测试表单中的设置，不保存</translation>
    </message>
    <message>
        <source>The server hides this provider&apos;s keys (no secret permission), and a test of an unsaved model sends them: nothing was sent. A saved model can be tested from the model list; an unsaved one cannot.</source>
        <translation>服务器隐藏了此提供商的密钥（无密钥权限），而测试未保存的模型需要发送这些密钥：因此未发送任何内容。已保存的模型可以在模型列表中测试；未保存的模型则不能。</translation>
    </message>
    <message>
        <source>Reading the provider&apos;s keys…</source>
        <translation>正在读取提供商的密钥…</translation>
    </message>
    <message>
        <source>Could not create the model.</source>
        <translation>无法创建模型。</translation>
    </message>
    <message>
        <source>Providers whose requester serves %1 models; the provider holds the requester, base URL and API keys the model uses</source>
        <translation>请求器支持 %1 模型的提供商；提供商保存模型使用的请求器、基础 URL 和 API 密钥</translation>
    </message>
    <message>
        <source>The server saved “%1” before it failed.</source>
        <translation>服务器在失败前已保存“%1”。</translation>
    </message>
    <message>
        <source>Delete the half-saved model</source>
        <translation>删除保存了一半的模型</translation>
    </message>
    <message>
        <source>Could not delete the half-saved model.</source>
        <translation>无法删除保存了一半的模型。</translation>
    </message>
    <message>
        <source>The half-saved model was deleted.</source>
        <translation>保存了一半的模型已删除。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProviderTestPanel</name>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>A model the provider offers, e.g. gpt-4o-mini</source>
        <translation>提供商提供的模型，例如 gpt-4o-mini</translation>
    </message>
    <message>
        <source>One of the provider&apos;s models, or the name of one it offers</source>
        <translation>该提供商的某个模型，或它提供的某个模型的名称</translation>
    </message>
    <message>
        <source>Model type of the test</source>
        <translation>测试的模型类型</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>停止等待</translation>
    </message>
    <message>
        <source>Stop waiting for the server&apos;s answer</source>
        <translation>停止等待服务器的应答</translation>
    </message>
    <message>
        <source>Testing “%1”… %2 s (nothing is saved)</source>
        <translation>正在测试“%1”… %2 秒（不会保存任何内容）</translation>
    </message>
    <message>
        <source>%1 model</source>
        <translation>%1 模型</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>未连接到服务器</translation>
    </message>
    <message>
        <source>Needs the permission %1, which these credentials lack</source>
        <translation>需要权限 %1，但当前凭据没有该权限</translation>
    </message>
    <message>
        <source>This requester serves no model type this server has</source>
        <translation>此请求器不支持该服务器上的任何模型类型</translation>
    </message>
    <message>
        <source>Enter the name of a model the provider offers</source>
        <translation>请输入提供商提供的模型名称</translation>
    </message>
    <message>
        <source>Ask the server to call one model through these settings, without saving them</source>
        <translation>让服务器用这些设置调用一个模型，不保存设置</translation>
    </message>
    <message>
        <source>Cannot test: the server hides this provider&apos;s keys or base URL (no secret permission), and a test of unsaved settings sends them to the provider as they are. Type the keys (and the base URL) in full to test them, or test a saved model from the model list.</source>
        <translation>无法测试：服务器隐藏了此提供商的密钥或基础 URL（无密钥权限），而测试未保存的设置会将它们原样发送给提供商。请完整输入密钥（和基础 URL）后再测试，或在模型列表中测试已保存的模型。</translation>
    </message>
    <message>
        <source>Testing “%1”… (nothing is saved; gives up after %2 s)</source>
        <translation>正在测试“%1”…（不会保存任何内容；%2 秒后放弃）</translation>
    </message>
    <message>
        <source>Connection works: “%1” answered, round trip %2 ms. Nothing was saved.</source>
        <translation>连接正常：“%1”已应答，往返耗时 %2 毫秒。未保存任何内容。</translation>
    </message>
    <message>
        <source>Test stopped: the server may still be calling the provider.</source>
        <translation>测试已停止：服务器可能仍在调用提供商。</translation>
    </message>
    <message>
        <source>Test failed after %1 ms: %2</source>
        <translation>测试在 %1 毫秒后失败：%2</translation>
    </message>
</context>
<context>
    <name>lb::gui::ProvidersPane</name>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Provider actions</source>
        <translation>提供商操作</translation>
    </message>
    <message>
        <source>New Provider…</source>
        <translation>新建提供商…</translation>
    </message>
    <message>
        <source>Add a provider: a requester, a base URL and API keys</source>
        <translation>添加提供商：请求器、基础 URL 和 API 密钥</translation>
    </message>
    <message>
        <source>Edit Provider…</source>
        <translation>编辑提供商…</translation>
    </message>
    <message>
        <source>Edit the selected provider</source>
        <translation>编辑所选提供商</translation>
    </message>
    <message>
        <source>Duplicate Provider…</source>
        <translation>复制提供商…</translation>
    </message>
    <message>
        <source>Make a new provider from the selected one</source>
        <translation>以所选提供商为基础新建一个</translation>
    </message>
    <message>
        <source>Delete Provider…</source>
        <translation>删除提供商…</translation>
    </message>
    <message>
        <source>Delete the selected provider</source>
        <translation>删除所选提供商</translation>
    </message>
    <message>
        <source>Offline: the list is a saved copy</source>
        <translation>离线：列表为保存的副本</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>This server (LangBot 4.0–4.6) has no providers: the grouping follows the models and is read-only</source>
        <translation>此服务器（LangBot 4.0–4.6）没有提供商：分组由模型决定，只读</translation>
    </message>
    <message>
        <source>Needs the permission %1</source>
        <translation>需要权限 %1</translation>
    </message>
    <message>
        <source>Select a provider first</source>
        <translation>请先选择一个提供商</translation>
    </message>
    <message>
        <source>More provider actions</source>
        <translation>更多提供商操作</translation>
    </message>
    <message>
        <source>Scan Models…</source>
        <translation>扫描模型…</translation>
    </message>
    <message>
        <source>List the models the selected provider&apos;s endpoint offers and add many at once</source>
        <translation>列出所选提供商端点提供的模型，并一次添加多个</translation>
    </message>
    <message>
        <source>Needs LangBot 4.9.7 or later (this server: %1)</source>
        <translation>需要 LangBot 4.9.7 或更高版本（此服务器：%1）</translation>
    </message>
</context>
<context>
    <name>lb::gui::ReplaceModelDialog</name>
    <message>
        <source>Replace “%1” Everywhere</source>
        <translation>全部替换“%1”</translation>
    </message>
    <message>
        <source>Plan of the replacement</source>
        <translation>替换计划</translation>
    </message>
    <message>
        <source>Type or pick the model that takes its place</source>
        <translation>输入或选择替代它的模型</translation>
    </message>
    <message>
        <source>The models of the same type on this server</source>
        <translation>此服务器上同类型的模型</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Send nothing more (a pipeline being written finishes)</source>
        <translation>不再发送任何内容（正在写入的流水线会完成）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>%1 (%2, provider %3)</source>
        <translation>%1（%2，提供商 %3）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not connected to the server the plan was made for.</source>
        <translation>未连接到生成此计划的服务器。</translation>
    </message>
    <message>
        <source>Not available offline: the server cannot be reached.</source>
        <translation>离线时不可用：无法连接服务器。</translation>
    </message>
    <message>
        <source>Changing pipelines needs the permission “%1”, which this key or account does not have.</source>
        <translation>修改流水线需要权限“%1”，此密钥或账号没有该权限。</translation>
    </message>
    <message>
        <source>“%1” is not on the server any more.</source>
        <translation>服务器上已没有“%1”。</translation>
    </message>
    <message>
        <source>Reading the pipelines, bots and knowledge bases…</source>
        <translation>正在读取流水线、机器人和知识库…</translation>
    </message>
    <message>
        <source>they were not read.</source>
        <translation>它们未被读取。</translation>
    </message>
    <message>
        <source>The plan needs the pipelines, bots and knowledge bases: %1</source>
        <translation>生成计划需要流水线、机器人和知识库：%1</translation>
    </message>
    <message>
        <source>Choose the model that takes the place of “%1”.</source>
        <translation>请选择替代“%1”的模型。</translation>
    </message>
    <message>
        <source>No pipeline uses “%1”: there is nothing to replace.</source>
        <translation>没有流水线使用“%1”：没有可替换的内容。</translation>
    </message>
    <message>
        <source>No pipeline names “%1” itself: there is nothing to replace, but the knowledge bases below embed with it.</source>
        <translation>没有流水线直接引用“%1”：没有可替换的内容，但下列知识库使用它做嵌入。</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s) change. Each is read again just before it is written, and only these fields change; writing a pipeline clears its conversations in memory.</source>
        <translation>
            <numerusform>%n 条流水线将被修改。每条流水线在写入前都会重新读取，只修改这些字段；写入流水线会清除其内存中的会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline “%1”</source>
        <translation>流水线“%1”</translation>
    </message>
    <message>
        <source>No bot runs this pipeline.</source>
        <translation>没有机器人运行此流水线。</translation>
    </message>
    <message>
        <source>Bots that will notice: %1</source>
        <translation>会受影响的机器人：%1</translation>
    </message>
    <message>
        <source>Knowledge bases to recreate (never edited)</source>
        <translation>需重新创建的知识库（不会被修改）</translation>
    </message>
    <message numerus="yes">
        <source>Replace “%1” by “%2” in %n pipeline(s)?</source>
        <translation>
            <numerusform>在 %n 条流水线中将“%1”替换为“%2”？</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is a production server.</source>
        <translation>“%1”是生产服务器。</translation>
    </message>
    <message>
        <source>Replace model on production</source>
        <translation>替换生产环境上的模型</translation>
    </message>
    <message>
        <source>Nothing was sent: the server, its models or its pipelines changed while you confirmed. Check the plan again.</source>
        <translation>未发送任何内容：在您确认期间，服务器、其模型或其流水线发生了变化。请重新检查计划。</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 条已修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 条已跳过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 条失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 条已取消</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完成：%1。</translation>
    </message>
    <message>
        <source>Reading the pipelines again…</source>
        <translation>正在重新读取流水线…</translation>
    </message>
    <message>
        <source>Nothing uses “%1” any more.</source>
        <translation>已没有任何内容使用“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is still used by %n pipeline(s).</source>
        <translation>
            <numerusform>“%1”仍被 %n 条流水线使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1”已被删除。</translation>
    </message>
    <message>
        <source>Plan &amp;Again</source>
        <translation>重新生成计划(&amp;A)</translation>
    </message>
    <message>
        <source>Make the plan again from the pipelines as they are now</source>
        <translation>根据流水线的当前状态重新生成计划</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace in %n Pipeline(s)</source>
        <translation>
            <numerusform>在 %n 条流水线中替换(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the changes above to the server, one pipeline at a time</source>
        <translation>将上述修改逐条流水线写入服务器</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”…</source>
        <translation>删除“%1”(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the old model (asks first, and names anything that still uses it)</source>
        <translation>删除旧模型（会先询问，并列出仍在使用它的内容）</translation>
    </message>
    <message>
        <source>Pipeline “%1”: %2</source>
        <translation>流水线“%1”：%2</translation>
    </message>
</context>
<context>
    <name>lb::gui::RequestIdButton</name>
    <message>
        <source>Copy request id</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Copy the request id: the server&apos;s log holds the real error under it</source>
        <translation>复制请求 ID：服务器日志中以此 ID 记录了真实错误</translation>
    </message>
</context>
<context>
    <name>lb::gui::RequesterPicker</name>
    <message>
        <source>&amp;Requester</source>
        <translation>请求器(&amp;R)</translation>
    </message>
    <message>
        <source>Search: name, label or alias</source>
        <translation>搜索：名称、标签或别名</translation>
    </message>
    <message>
        <source>Search requesters</source>
        <translation>搜索请求器</translation>
    </message>
    <message>
        <source>Finds requesters by label (any language), name or alias, such as “claude”, “gpt” or “glm”</source>
        <translation>按标签（任意语言）、名称或别名查找请求器，例如“claude”“gpt”或“glm”</translation>
    </message>
    <message>
        <source>No requester matches.</source>
        <translation>没有匹配的请求器。</translation>
    </message>
    <message>
        <source>Requesters</source>
        <translation>请求器</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2, serves %3</source>
        <translation>%1，%2，支持 %3</translation>
    </message>
    <message>
        <source>Model makers</source>
        <translation>模型厂商</translation>
    </message>
    <message>
        <source>Model platforms (MaaS)</source>
        <translation>模型平台（MaaS）</translation>
    </message>
    <message>
        <source>Self-hosted</source>
        <translation>自托管</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Unified gateways</source>
        <translation>统一网关</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>lb::gui::ScanModelsDialog</name>
    <message>
        <source>Scan Models — %1</source>
        <translation>扫描模型 — %1</translation>
    </message>
    <message>
        <source>The models the endpoint of “%1” offers, beside the ones already added. Check the ones to add.</source>
        <translation>“%1”的端点提供的模型，以及已添加的模型。勾选要添加的模型。</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Model id or owner</source>
        <translation>模型 ID 或所有者</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Scan &amp;Again</source>
        <translation>重新扫描(&amp;A)</translation>
    </message>
    <message>
        <source>Ask the provider&apos;s endpoint for its models again</source>
        <translation>再次向提供商端点获取模型列表</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Models the provider offers</source>
        <translation>提供商提供的模型</translation>
    </message>
    <message>
        <source>Select A&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <source>Check every model shown that is not added yet</source>
        <translation>勾选所有显示的、尚未添加的模型</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Uncheck every model shown</source>
        <translation>取消勾选所有显示的模型</translation>
    </message>
    <message>
        <source>Add Models</source>
        <translation>添加模型</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop scanning or adding (models already sent are still added)</source>
        <translation>停止扫描或添加（已发送的模型仍会被添加）</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>%1 (request id %2)</source>
        <translation>%1（请求 ID %2）</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>已添加 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (the reason is in the Status column)</source>
        <translation>
            <numerusform>%n 个失败（原因见“状态”列）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation>
            <numerusform>%n 个未发送</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan failed.</source>
        <translation>扫描失败。</translation>
    </message>
    <message>
        <source>%1
Request id: %2</source>
        <translation>%1
请求 ID：%2</translation>
    </message>
    <message>
        <source>Saved for this provider but not offered by its endpoint now: %1</source>
        <translation>已为该提供商保存、但其端点当前未提供：%1</translation>
    </message>
    <message>
        <source>Scanning the provider&apos;s endpoint…</source>
        <translation>正在扫描提供商端点…</translation>
    </message>
    <message>
        <source>Adding %1 of %2…</source>
        <translation>正在添加第 %1 个，共 %2 个…</translation>
    </message>
    <message>
        <source>Listing the models again…</source>
        <translation>正在重新列出模型…</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) offered</source>
        <translation>
            <numerusform>提供 %n 个模型</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Model(s)</source>
        <translation>
            <numerusform>添加 %n 个模型(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add Models</source>
        <translation>添加模型(&amp;A)</translation>
    </message>
    <message>
        <source>%1 checked, %2 shown</source>
        <translation>已勾选 %1 个，显示 %2 个</translation>
    </message>
</context>
<context>
    <name>lb::gui::SchemaForm</name>
    <message>
        <source>Other settings</source>
        <translation>其他设置</translation>
    </message>
    <message>
        <source>The rest of requester_config, as a JSON object.</source>
        <translation>requester_config 的其余部分，以 JSON 对象表示。</translation>
    </message>
    <message>
        <source>Keys of requester_config that the requester&apos;s settings do not describe. They are kept as they are unless you change them here.</source>
        <translation>requester_config 中未在请求器设置说明中描述的键。除非您在此处更改，否则它们将保持原样。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
</context>
<context>
    <name>lb::gui::Screenshots</name>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>无法将截图保存到 %1</translation>
    </message>
</context>
<context>
    <name>lb::gui::SecretFieldEditor</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show the value</source>
        <translation>显示值</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Hide the value</source>
        <translation>隐藏值</translation>
    </message>
</context>
<context>
    <name>lb::gui::SecretPromptDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <source>API key for %1</source>
        <translation>%1 的 API 密钥</translation>
    </message>
    <message>
        <source>Log in to “%1” (%2) as %3.</source>
        <translation>以 %3 身份登录“%1”（%2）。</translation>
    </message>
    <message>
        <source>“%1” (%2) needs an API key.</source>
        <translation>“%1”（%2）需要 API 密钥。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>Hide the API key</source>
        <translation>隐藏 API 密钥</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>显示 API 密钥</translation>
    </message>
</context>
<context>
    <name>lb::gui::SelectFieldEditor</name>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1 (not an option)</source>
        <translation>%1（不是可选项）</translation>
    </message>
</context>
<context>
    <name>lb::gui::ServerUrl</name>
    <message>
        <source>Server URL: start the address with http:// or https://, e.g. http://127.0.0.1:5300.</source>
        <translation>服务器 URL：地址须以 http:// 或 https:// 开头，例如 http://127.0.0.1:5300。</translation>
    </message>
    <message>
        <source>Server URL: this is not a valid address (%1).</source>
        <translation>服务器 URL：这不是有效的地址（%1）。</translation>
    </message>
</context>
<context>
    <name>lb::gui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In dialogs</source>
        <translation>对话框中</translation>
    </message>
    <message>
        <source>Move to the next or previous field</source>
        <translation>移到下一个或上一个字段</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Go to the field or button with the underlined letter</source>
        <translation>转到带下划线字母的字段或按钮</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Press the default button (OK, Save…)</source>
        <translation>按下默认按钮（确定、保存等）</translation>
    </message>
    <message>
        <source>Cancel or close the dialog</source>
        <translation>取消或关闭对话框</translation>
    </message>
    <message>
        <source>Press the focused button, tick the focused box</source>
        <translation>按下具有焦点的按钮，勾选具有焦点的复选框</translation>
    </message>
    <message>
        <source>In the model table</source>
        <translation>模型表格中</translation>
    </message>
    <message>
        <source>Move between models</source>
        <translation>在模型之间移动</translation>
    </message>
    <message>
        <source>Select more models</source>
        <translation>选择多个模型</translation>
    </message>
    <message>
        <source>Select every model</source>
        <translation>选择所有模型</translation>
    </message>
    <message>
        <source>Open the row&apos;s menu</source>
        <translation>打开所在行的菜单</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Search by action or key</source>
        <translation>按操作或按键搜索</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>lb::gui::StringListFieldEditor</name>
    <message>
        <source>Add an item to %1</source>
        <translation>向 %1 添加一项</translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation>删除所选项</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>上移所选项</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>下移所选项</translation>
    </message>
</context>
<context>
    <name>lb::gui::TestProgress</name>
    <message>
        <source>Testing</source>
        <translation>正在测试</translation>
    </message>
    <message>
        <source>Test progress</source>
        <translation>测试进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop testing: drop the waiting tests and abort the running ones</source>
        <translation>停止测试：丢弃等待中的测试并中止正在运行的测试</translation>
    </message>
    <message>
        <source>Cancel the tests</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>剩余约 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>剩余约 %1 分钟</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 tests finished</source>
        <translation>已完成 %1 / %2 个测试</translation>
    </message>
</context>
<context>
    <name>lb::gui::TestResultPanel</name>
    <message>
        <source>&amp;Cancel test</source>
        <translation>取消测试(&amp;C)</translation>
    </message>
    <message>
        <source>Cop&amp;y message</source>
        <translation>复制消息(&amp;Y)</translation>
    </message>
    <message>
        <source>Test in progress</source>
        <translation>测试进行中</translation>
    </message>
    <message>
        <source>Stop waiting for this test (Esc)</source>
        <translation>停止等待此测试 (Esc)</translation>
    </message>
    <message>
        <source>Copy the server&apos;s message to the clipboard</source>
        <translation>将服务器的消息复制到剪贴板</translation>
    </message>
    <message>
        <source>Server message</source>
        <translation>服务器消息</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <source>The server is sending a short chat request to the provider.</source>
        <translation>服务器正在向提供商发送一个简短的聊天请求。</translation>
    </message>
    <message>
        <source>Waiting for a free test slot: other tests are running.</source>
        <translation>正在等待空闲的测试槽位：其他测试正在运行。</translation>
    </message>
    <message>
        <source>✓ %1 answered in %2 ms</source>
        <translation>✓ %1 在 %2 ms 内应答</translation>
    </message>
    <message>
        <source>Round trip measured by the console, including the provider&apos;s answer.</source>
        <translation>由控制台测量的往返时间，包括提供商的应答。</translation>
    </message>
    <message>
        <source>✗ %1 failed the test</source>
        <translation>✗ %1 测试失败</translation>
    </message>
    <message>
        <source>The server&apos;s message:</source>
        <translation>服务器的消息：</translation>
    </message>
    <message>
        <source>Test of %1 cancelled</source>
        <translation>%1 的测试已取消</translation>
    </message>
    <message>
        <source>The console stopped waiting; no result was recorded.</source>
        <translation>控制台已停止等待；未记录任何结果。</translation>
    </message>
    <message>
        <source>No test run yet</source>
        <translation>尚未运行测试</translation>
    </message>
    <message>
        <source>Select a model and choose Model → Test (Ctrl+T).</source>
        <translation>选择一个模型，然后选择“模型 → 测试” (Ctrl+T)。</translation>
    </message>
    <message>
        <source>Waiting for the provider — %1 s</source>
        <translation>正在等待提供商 — %1 秒</translation>
    </message>
    <message>
        <source>Copy the request id: the server&apos;s log holds the real error under it</source>
        <translation>复制请求 ID：服务器日志中以此 ID 记录了真实错误</translation>
    </message>
    <message>
        <source>Copy request id %1</source>
        <translation>复制请求 ID %1</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>复制请求 ID</translation>
    </message>
</context>
<context>
    <name>lb::gui::TestStateDelegate</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>lb::gui::TransferActions</name>
    <message>
        <source>&amp;Export Models…</source>
        <translation>导出模型(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the model configurations of this server to a JSON file</source>
        <translation>将此服务器的模型配置保存到 JSON 文件</translation>
    </message>
    <message>
        <source>&amp;Import Models…</source>
        <translation>导入模型(&amp;I)…</translation>
    </message>
    <message>
        <source>Create or update models of this server from an export file, with a preview first</source>
        <translation>从导出文件创建或更新此服务器的模型，并先进行预览</translation>
    </message>
    <message>
        <source>Export &amp;Profiles…</source>
        <translation>导出配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the server profiles (without secrets) to a JSON file</source>
        <translation>将服务器配置（不含机密信息）保存到 JSON 文件</translation>
    </message>
    <message>
        <source>Import P&amp;rofiles…</source>
        <translation>导入配置(&amp;R)…</translation>
    </message>
    <message>
        <source>Add server profiles from a profiles file</source>
        <translation>从配置文件添加服务器配置</translation>
    </message>
    <message>
        <source>&amp;Transfer</source>
        <translation>传输(&amp;T)</translation>
    </message>
    <message>
        <source>Needs a connection to the server</source>
        <translation>需要连接到服务器</translation>
    </message>
    <message>
        <source>JSON documents (*.json);;All files (*)</source>
        <translation>JSON 文档 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Models</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Import Profiles</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Export Profiles</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>There are no profiles to export.</source>
        <translation>没有可导出的配置。</translation>
    </message>
    <message>
        <source>Could not export the profiles.</source>
        <translation>无法导出配置。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Exported 1 profile to %1 (without secrets).</source>
        <translation>已将 1 个配置导出到 %1（不含机密信息）。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profiles to %1 (without secrets).</source>
        <translation>
            <numerusform>已将 %n 个配置导出到 %1（不含机密信息）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles imported: %1 added, %2 replaced.</source>
        <translation>已导入配置：%1 个已添加，%2 个已替换。</translation>
    </message>
</context>
<context>
    <name>lb::gui::TypedConfirmDialog</name>
    <message>
        <source>To confirm, type the name of the profile, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>请输入配置名称 &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
</context>
<context>
    <name>lb::gui::WhereUsedDialog</name>
    <message>
        <source>Where “%1” Is Used</source>
        <translation>“%1”的使用位置</translation>
    </message>
    <message>
        <source>Uses of the model</source>
        <translation>模型的使用位置</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Bots</source>
        <translation>机器人</translation>
    </message>
    <message>
        <source> (reasoning: %1)</source>
        <translation>（推理：%1）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Where “%1” is used is not fully known: %2</source>
        <translation>无法完整得知“%1”的使用位置：%2</translation>
    </message>
    <message>
        <source>No pipeline or knowledge base uses “%1”: deleting it breaks no bot.</source>
        <translation>没有流水线或知识库使用“%1”：删除它不会影响任何机器人。</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n pipeline(s):</source>
        <translation>
            <numerusform>“%1”被 %n 条流水线使用：</numerusform>
        </translation>
    </message>
</context>
</TS>
