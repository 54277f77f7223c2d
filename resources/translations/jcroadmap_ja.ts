<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>jcr::AddOrganisationCommand</name>
    <message>
        <source>Add organisation “%1”</source>
        <translation>組織「%1」を追加</translation>
    </message>
</context>
<context>
    <name>jcr::AddStatusUpdateCommand</name>
    <message>
        <source>Add update to “%1”</source>
        <translation>「%1」に進捗報告を追加</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>この項目はもう存在しません。</translation>
    </message>
    <message>
        <source>The item was changed again by someone else; the update was not undone.</source>
        <translation>この項目は他の人によって再び変更されたため、進捗報告の追加は取り消されませんでした。</translation>
    </message>
</context>
<context>
    <name>jcr::BackgroundIntegrityCheck</name>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>ファイルを検査できませんでした: %1</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>テーブル %2 の行 %1 が、%3 に存在しない行を参照しています。</translation>
    </message>
</context>
<context>
    <name>jcr::BackupManager</name>
    <message>
        <source>The list of backups in %1 could not be written.</source>
        <translation>%1 のバックアップ一覧を書き込めませんでした。</translation>
    </message>
    <message>
        <source>The file has not passed its check yet; it is backed up once it has.</source>
        <translation>このファイルはまだ検査を通過していません。通過した時点でバックアップされます。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>バックアップ用フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The daily backup was skipped: the disk of %1 has %2 MiB free, and a backup of %3 MiB must leave at least %4 MiB.</source>
        <translation>日次バックアップを省略しました。%1 のディスクの空き容量は %2 MiB ですが、%3 MiB のバックアップの後に少なくとも %4 MiB を残す必要があります。</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>このバックアップは使用できません: %1</translation>
    </message>
    <message>
        <source>No room for a temporary copy of the backup.</source>
        <translation>バックアップの一時コピーを作成する空き容量がありません。</translation>
    </message>
    <message>
        <source>The backup could not be copied.</source>
        <translation>バックアップをコピーできませんでした。</translation>
    </message>
    <message>
        <source>The backup was written by a newer version of the application.</source>
        <translation>このバックアップは、より新しいバージョンのアプリケーションで書き込まれています。</translation>
    </message>
</context>
<context>
    <name>jcr::BaselineChooser</name>
    <message>
        <source>Compare With a Day</source>
        <translation>日付と比較</translation>
    </message>
    <message>
        <source>Compare the roadmap now with how it stood at the end of this day (from the record of change):</source>
        <translation>現在のロードマップを、この日の終わりの状態 (変更記録から復元) と比較します:</translation>
    </message>
    <message>
        <source>&amp;No Baseline</source>
        <translation>ベースラインなし(&amp;N)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A &amp;Day: %1…</source>
        <translation>日付: %1…(&amp;D)</translation>
    </message>
    <message>
        <source>A &amp;Day…</source>
        <translation>日付…(&amp;D)</translation>
    </message>
    <message>
        <source>Day to compare with</source>
        <translation>比較する日</translation>
    </message>
</context>
<context>
    <name>jcr::BaselineComparison</name>
    <message>
        <source>State on %1</source>
        <translation>%1 時点の状態</translation>
    </message>
    <message>
        <source>No day was given to compare with.</source>
        <translation>比較する日付が指定されていません。</translation>
    </message>
</context>
<context>
    <name>jcr::BaselineRepository</name>
    <message>
        <source>Reading the baseline failed: %1</source>
        <translation>ベースラインを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Reading the baselines failed</source>
        <translation>ベースラインを読み込めませんでした</translation>
    </message>
    <message>
        <source>This roadmap has no baselines.</source>
        <translation>このロードマップにはベースラインがありません。</translation>
    </message>
    <message>
        <source>Reading the baseline failed</source>
        <translation>ベースラインを読み込めませんでした</translation>
    </message>
    <message>
        <source>The baseline no longer exists.</source>
        <translation>ベースラインはもう存在しません。</translation>
    </message>
    <message>
        <source>The baseline could not be saved</source>
        <translation>ベースラインを保存できませんでした</translation>
    </message>
    <message>
        <source>The baseline could not be renamed</source>
        <translation>ベースラインの名前を変更できませんでした</translation>
    </message>
    <message>
        <source>The baseline “%1” was renamed or deleted by someone else in the meantime.</source>
        <translation>ベースライン「%1」は、その間に他の人によって名前が変更されたか削除されました。</translation>
    </message>
    <message>
        <source>The baseline could not be deleted</source>
        <translation>ベースラインを削除できませんでした</translation>
    </message>
</context>
<context>
    <name>jcr::BaselinesDialog</name>
    <message>
        <source>Baselines</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>A baseline records every item&apos;s dates, status, health and progress as they are now, so that you can later see what slipped (View ▸ Compare With).</source>
        <translation>ベースラインは、各項目の日付・ステータス・健全性・進捗を現時点のまま記録し、後で何が遅れたかを確認できるようにします (表示 ▸ 比較対象)。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Baseline name</source>
        <translation>ベースライン名</translation>
    </message>
    <message>
        <source>Baseline note</source>
        <translation>ベースラインの備考</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>備考(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Create Baseline</source>
        <translation>ベースラインを作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>名前を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>jcr::BoardCanvas</name>
    <message numerus="yes">
        <source>%1  ·  %n card(s)</source>
        <translation>
            <numerusform>%1  ·  %n 枚</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::BoardColumnHeader</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n card(s) shown</source>
        <translation>
            <numerusform>%1: %n 枚表示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of a work-in-progress limit of %2 (the limit never blocks)</source>
        <translation>%1(仕掛り上限 %2、上限による制限はありません)</translation>
    </message>
    <message>
        <source>No work-in-progress limit; right-click to set one</source>
        <translation>仕掛り上限なし。右クリックで設定できます</translation>
    </message>
    <message>
        <source>Change WIP Limit (%1)…</source>
        <translation>仕掛り上限を変更 (%1)…</translation>
    </message>
    <message>
        <source>Set WIP Limit…</source>
        <translation>仕掛り上限を設定…</translation>
    </message>
    <message>
        <source>Remove WIP Limit</source>
        <translation>仕掛り上限を解除</translation>
    </message>
    <message>
        <source>Expand Column</source>
        <translation>列を展開</translation>
    </message>
    <message>
        <source>Collapse Column</source>
        <translation>列を折りたたむ</translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation>仕掛り上限</translation>
    </message>
    <message>
        <source>Soft limit of cards in “%1” (0 for none).
The header turns amber at the limit and red above it; moves are never blocked.</source>
        <translation>「%1」のカード枚数の目安となる上限(0 で上限なし)。
上限に達すると見出しが琥珀色に、超えると赤になります。移動が妨げられることはありません。</translation>
    </message>
</context>
<context>
    <name>jcr::BoardModel</name>
    <message>
        <source>Move “%1”</source>
        <translation>「%1」を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n cards</source>
        <translation>
            <numerusform>%n 枚のカードを移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n card(s) to %1</source>
        <translation>
            <numerusform>%n 枚のカードを %1 へ移動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::BoardView</name>
    <message>
        <source>Swimlanes by area</source>
        <translation>分野別スイムレーン</translation>
    </message>
    <message>
        <source>One row per priority area</source>
        <translation>優先分野ごとに 1 行</translation>
    </message>
    <message>
        <source>Hide empty lanes</source>
        <translation>空のレーンを隠す</translation>
    </message>
    <message>
        <source>+ Add item</source>
        <translation>+ 項目を追加</translation>
    </message>
    <message>
        <source>Add an item to “%1” (Ctrl+N)</source>
        <translation>「%1」に項目を追加 (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n item(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set health of %n item(s)</source>
        <translation>
            <numerusform>%n 件の健全性を設定</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移動先</translation>
    </message>
    <message>
        <source>Set health</source>
        <translation>健全性を設定</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>Board columns</source>
        <translation>ボードの列</translation>
    </message>
    <message>
        <source>%1, priority area %2 %3</source>
        <translation>%1、優先分野 %2 %3</translation>
    </message>
</context>
<context>
    <name>jcr::CardAccessible</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Move to next column</source>
        <translation>次の列へ移動</translation>
    </message>
    <message>
        <source>Move to previous column</source>
        <translation>前の列へ移動</translation>
    </message>
    <message>
        <source>Opens the item in the editor</source>
        <translation>項目をエディターで開きます</translation>
    </message>
    <message>
        <source>Moves the item to the next status</source>
        <translation>項目を次の状況へ移します</translation>
    </message>
    <message>
        <source>Moves the item to the previous status</source>
        <translation>項目を前の状況へ戻します</translation>
    </message>
</context>
<context>
    <name>jcr::CardDelegate</name>
    <message>
        <source>JP</source>
        <comment>lead side badge: Japan</comment>
        <translation>日</translation>
    </message>
    <message>
        <source>CA</source>
        <comment>lead side badge: Canada</comment>
        <translation>加</translation>
    </message>
    <message>
        <source>Joint</source>
        <comment>lead side badge</comment>
        <translation>共同</translation>
    </message>
    <message>
        <source>Due %1 — overdue</source>
        <translation>期限 %1 — 期限超過</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 % done</source>
        <translation>%1 · %2 · %3 % 完了</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>主導: %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 期限超過</translation>
    </message>
    <message>
        <source>Slipped %1 against the baseline</source>
        <translation>ベースラインより %1 遅延</translation>
    </message>
    <message>
        <source>slipped %1</source>
        <translation>遅延 %1</translation>
    </message>
</context>
<context>
    <name>jcr::CardListView</name>
    <message>
        <source>No cards</source>
        <translation>カードなし</translation>
    </message>
</context>
<context>
    <name>jcr::ChangeFeed</name>
    <message>
        <source>The server does not answer.</source>
        <translation>サーバーが応答しません。</translation>
    </message>
    <message numerus="yes">
        <source>The server has not answered for %n second(s).</source>
        <translation>
            <numerusform>サーバーが %n 秒間応答していません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::ChangeLogRepository</name>
    <message>
        <source>Reading the record of change failed: %1</source>
        <translation>変更記録の読み込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>Recording who changes the roadmap failed</source>
        <translation>ロードマップの変更者の記録に失敗しました</translation>
    </message>
    <message>
        <source>Reading the record of change failed</source>
        <translation>変更記録の読み込みに失敗しました</translation>
    </message>
</context>
<context>
    <name>jcr::ChangesView</name>
    <message>
        <source>Fro&amp;m:</source>
        <translation>開始(&amp;M):</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>終了:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>項目 %1</translation>
    </message>
    <message>
        <source>Area %1</source>
        <translation>分野 %1</translation>
    </message>
    <message>
        <source>the newest %1 of %2 changes: choose fewer days to see the others</source>
        <translation>全 %2 件中、最新の %1 件の変更: 残りを表示するには日数を減らしてください</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 件の変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>記録された変更</translation>
    </message>
</context>
<context>
    <name>jcr::ClassificationBanner</name>
    <message>
        <source>The roadmap&apos;s classification marking. Change it in File ▸ Document Properties.</source>
        <translation>ロードマップの秘密区分表示です。ファイル ▸ 文書のプロパティで変更します。</translation>
    </message>
    <message>
        <source>Classification marking: %1</source>
        <translation>秘密区分表示: %1</translation>
    </message>
</context>
<context>
    <name>jcr::ClassificationMarking</name>
    <message>
        <source>Unclassified</source>
        <translation>非秘密</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>保護指定</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>秘</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>極秘</translation>
    </message>
    <message>
        <source>Other marking</source>
        <translation>その他の表示</translation>
    </message>
</context>
<context>
    <name>jcr::ConnectDialog</name>
    <message>
        <source>Use &amp;TLS (verify the server&apos;s certificate)</source>
        <translation>TLS を使用 (サーバーの証明書を検証)(&amp;T)</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Connect to Team Roadmap</source>
        <translation>チームロードマップに接続</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /run/postgresql</source>
        <translation>db.example.org、または /run/postgresql などのソケットフォルダー</translation>
    </message>
    <message>
        <source>roadmap</source>
        <translation>roadmap</translation>
    </message>
    <message>
        <source>Your login on this computer</source>
        <translation>このコンピューターのログイン名</translation>
    </message>
    <message>
        <source>Empty: taken from ~/.pgpass</source>
        <translation>空欄: ~/.pgpass から取得</translation>
    </message>
    <message>
        <source>From your IT service, e.g. ca.pem</source>
        <translation>情報システム部門から入手 (例: ca.pem)</translation>
    </message>
    <message>
        <source>The same address works on the command line, for example in “jcroadmap report ADDRESS”. It never holds the password.</source>
        <translation>同じアドレスをコマンドラインでも使えます (例: 「jcroadmap report アドレス」)。パスワードは含まれません。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation>CA 証明書(&amp;A):</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>アドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Certificate of the Authority</source>
        <translation>認証局の証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Fill in the server and the database.</source>
        <translation>サーバーとデータベースを入力してください。</translation>
    </message>
    <message>
        <source>Choose the certificate of the authority that signed the server&apos;s.</source>
        <translation>サーバーの証明書に署名した認証局の証明書を選んでください。</translation>
    </message>
    <message>
        <source>Press Tab to fill in the fields from this address.</source>
        <translation>Tab キーを押すと、このアドレスから各欄に入力されます。</translation>
    </message>
    <message>
        <source>Remember the password in the desktop &amp;keyring</source>
        <translation>パスワードをデスクトップのキーリングに保存する(&amp;K)</translation>
    </message>
    <message>
        <source>Once the server accepts the password, it is kept in your desktop keyring for this login and server, never in a file of the planner.</source>
        <translation>サーバーがパスワードを受け付けると、このログインとサーバーのパスワードとしてデスクトップのキーリングに保存されます。プランナーのファイルには書き込まれません。</translation>
    </message>
    <message>
        <source>The password is taken from the desktop keyring.</source>
        <translation>パスワードはデスクトップのキーリングから取得しました。</translation>
    </message>
    <message>
        <source>No desktop keyring: the password is taken from ~/.pgpass.</source>
        <translation>デスクトップのキーリングがありません: パスワードは ~/.pgpass から取得します。</translation>
    </message>
</context>
<context>
    <name>jcr::ConnectionBanner</name>
    <message>
        <source>Connection to the server</source>
        <translation>サーバーへの接続</translation>
    </message>
    <message>
        <source>The connection to the server is lost. Your changes are kept and saved when it is back; retrying…</source>
        <translation>サーバーへの接続が切れました。変更は保持され、接続が戻りしだい保存されます。再接続しています…</translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1). Your changes are kept and saved when it is back; retrying…</source>
        <translation>サーバーへの接続が切れました (%1)。変更は保持され、接続が戻りしだい保存されます。再接続しています…</translation>
    </message>
</context>
<context>
    <name>jcr::ConstraintCheck</name>
    <message>
        <source>The rules of table %1 could not be checked: %2</source>
        <translation>テーブル %1 の規則を検査できませんでした: %2</translation>
    </message>
    <message>
        <source>1 row of table %1 breaks the rule %2</source>
        <translation>テーブル %1 の 1 行が規則 %2 に違反しています</translation>
    </message>
    <message>
        <source>%1 rows of table %2 break the rule %3</source>
        <translation>テーブル %2 の %1 行が規則 %3 に違反しています</translation>
    </message>
    <message>
        <source> (row %1)</source>
        <translation>(行 %1)</translation>
    </message>
</context>
<context>
    <name>jcr::CreateBaselineCommand</name>
    <message>
        <source>Create baseline “%1”</source>
        <translation>ベースライン「%1」を作成</translation>
    </message>
</context>
<context>
    <name>jcr::CreateItemCommand</name>
    <message>
        <source>Add “%1”</source>
        <translation>「%1」を追加</translation>
    </message>
</context>
<context>
    <name>jcr::CsvReader</name>
    <message>
        <source>The file is not valid UTF-16 text.</source>
        <translation>このファイルは有効な UTF-16 テキストではありません。</translation>
    </message>
    <message>
        <source>The file is not text (it holds zero bytes): it is not a CSV file.</source>
        <translation>このファイルはテキストではありません(ゼロバイトを含んでいます)。CSV ファイルではありません。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; it looks like %1. Nothing was imported: in Excel, save it as “CSV UTF-8 (Comma delimited)” and import that file.</source>
        <extracomment>%1 is the name of an encoding such as Shift_JIS or Windows-1252</extracomment>
        <translation>このファイルは UTF-8 テキストではなく、%1 のようです。何もインポートしていません。Excel で「CSV UTF-8 (コンマ区切り)」として保存し、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>a quoted field goes on after its closing quote</source>
        <translation>引用符で囲まれたフィールドが閉じ引用符の後に続いています</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed; the file is cut off or not CSV.</source>
        <translation>%1 行目: 引用符で囲まれたフィールドが閉じられていません。ファイルが途中で切れているか、CSV ではありません。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>ファイルが空です。見出し行がありません。</translation>
    </message>
    <message>
        <source>it has %1 fields where the header has %2</source>
        <translation>見出し行の %2 フィールドに対して %1 フィールドあります</translation>
    </message>
    <message>
        <source>the “%1” field begins with “%2” and a spreadsheet would run it as a formula; put an apostrophe (&apos;) in front to keep it as text</source>
        <translation>フィールド「%1」が「%2」で始まっているため、表計算ソフトでは数式として実行されます。テキストとして保持するには先頭にアポストロフィ (&apos;) を付けてください</translation>
    </message>
    <message>
        <source>a tab or line break</source>
        <translation>タブまたは改行</translation>
    </message>
</context>
<context>
    <name>jcr::Database</name>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み込めません: %1。</translation>
    </message>
    <message>
        <source>This is not a roadmap file: it is not an SQLite database.</source>
        <translation>ロードマップファイルではありません。SQLite データベースではありません。</translation>
    </message>
    <message numerus="yes">
        <source>The file is damaged: it is cut off after %n byte(s).</source>
        <translation>
            <numerusform>ファイルが破損しています。%n バイトの後で切れています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: another program is writing to the file; try again in a moment.</source>
        <translation>%1: 別のプログラムがこのファイルに書き込んでいます。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>ファイル名が指定されていません。</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 は既に存在します。上書きしていません。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>This is not a roadmap file: it is empty.</source>
        <translation>ロードマップファイルではありません。空のファイルです。</translation>
    </message>
    <message>
        <source>This is not a roadmap file: it is an SQLite database of another application.</source>
        <translation>ロードマップファイルではありません。別のアプリケーションの SQLite データベースです。</translation>
    </message>
    <message>
        <source>This roadmap file has no schema version; it may be damaged.</source>
        <translation>このロードマップファイルにはスキーマバージョンがありません。破損している可能性があります。</translation>
    </message>
    <message>
        <source>The file was switched to write-ahead logging (WAL) by another program%1; it is not opened, to leave it untouched. Run &quot;PRAGMA journal_mode=DELETE&quot; on it in sqlite3 to make it a single complete file again.</source>
        <translation>別のプログラムがこのファイルを先行書き込みログ (WAL) 方式に切り替えました%1。ファイルに手を加えないよう、開いていません。sqlite3 で「PRAGMA journal_mode=DELETE」を実行すると、再び完全な単一ファイルになります。</translation>
    </message>
    <message>
        <source> and changes are pending in %1</source>
        <translation>(%1 に未反映の変更があります)</translation>
    </message>
    <message>
        <source>The file is damaged: its header records %1 bytes, but the file has %2 bytes.</source>
        <translation>ファイルが破損しています。ヘッダーには %1 バイトと記録されていますが、ファイルは %2 バイトです。</translation>
    </message>
    <message>
        <source>The file was opened read-only.</source>
        <translation>ファイルを読み取り専用で開きました。</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>ファイルは読み取り専用です。</translation>
    </message>
    <message>
        <source>The folder of the file is read-only.</source>
        <translation>ファイルのフォルダーは読み取り専用です。</translation>
    </message>
    <message>
        <source>The file cannot be opened</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle.</source>
        <translation>SQLite ドライバーがハンドルを公開していません。</translation>
    </message>
    <message>
        <source>The file cannot be configured (%1).</source>
        <translation>ファイルを設定できません (%1)。</translation>
    </message>
    <message>
        <source>The file cannot be read; it may be damaged (%1).</source>
        <translation>ファイルを読み込めません。破損している可能性があります (%1)。</translation>
    </message>
    <message>
        <source>This roadmap was written by a newer version of the application (schema %1) and cannot be read by this one (schema %2).</source>
        <translation>このロードマップは、より新しいバージョンのアプリケーション (スキーマ %1) で書き込まれており、このバージョン (スキーマ %2) では読み込めません。</translation>
    </message>
    <message>
        <source>%1 The file is not opened, to protect your data.</source>
        <translation>%1 データを保護するため、ファイルを開いていません。</translation>
    </message>
    <message>
        <source>The file is damaged: %1</source>
        <translation>ファイルが破損しています: %1</translation>
    </message>
    <message>
        <source>The file breaks the roadmap&apos;s rules: %1. It is not opened, to protect your data.</source>
        <translation>ファイルがロードマップの規則に違反しています: %1。データを保護するため、ファイルを開いていません。</translation>
    </message>
    <message>
        <source>The file was written by a newer version of the application (schema %1); it is opened read-only.</source>
        <translation>このファイルは、より新しいバージョンのアプリケーション (スキーマ %1) で書き込まれています。読み取り専用で開きます。</translation>
    </message>
    <message>
        <source>The file is being checked; editing starts when the check has passed.</source>
        <translation>ファイルを検査しています。検査に合格すると編集できるようになります。</translation>
    </message>
    <message>
        <source>The file could not be upgraded to schema %1: %2</source>
        <translation>ファイルをスキーマ %1 にアップグレードできませんでした: %2</translation>
    </message>
    <message>
        <source>The file cannot be read any more (%1).</source>
        <translation>ファイルを読み込めなくなりました (%1)。</translation>
    </message>
    <message>
        <source>Another program changed the file&apos;s identity or schema version (schema %1 instead of %2).</source>
        <translation>別のプログラムがファイルの識別子またはスキーマバージョンを変更しました (スキーマ %2 ではなく %1)。</translation>
    </message>
    <message>
        <source>Another program changed the structure of the file: %1</source>
        <translation>別のプログラムがファイルの構造を変更しました: %1</translation>
    </message>
    <message>
        <source>Another program is holding the roadmap file locked; your change was not saved. Try again in a moment.</source>
        <translation>別のプログラムがロードマップファイルをロックしているため、変更を保存できませんでした。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Another program is holding the roadmap file locked.</source>
        <translation>別のプログラムがロードマップファイルをロックしています。</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>変更を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>A file cannot be copied onto itself.</source>
        <translation>ファイルをそれ自体にコピーすることはできません。</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>コピーを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation>%1 にコピーを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The copy has schema %1, the file schema %2.</source>
        <translation>コピーのスキーマは %1、ファイルのスキーマは %2 です。</translation>
    </message>
    <message>
        <source>The copy could not be restored: %1</source>
        <translation>コピーを復元できませんでした: %1</translation>
    </message>
    <message>
        <source>The check could not run to its end: %1</source>
        <translation>検査を最後まで実行できませんでした: %1</translation>
    </message>
    <message>
        <source>(more rows refer to missing rows)</source>
        <translation>(ほかにも存在しない行を参照している行があります)</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>テーブル %2 の行 %1 が、%3 に存在しない行を参照しています。</translation>
    </message>
    <message>
        <source>The references could not be checked: %1</source>
        <translation>参照を検査できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>jcr::DeferWriteCommand</name>
    <message>
        <source>%1 (not saved)</source>
        <extracomment>An undo step whose change another program&apos;s edit made impossible</extracomment>
        <translation>%1 (未保存)</translation>
    </message>
</context>
<context>
    <name>jcr::DeleteBaselineCommand</name>
    <message>
        <source>Delete baseline “%1”</source>
        <translation>ベースライン「%1」を削除</translation>
    </message>
</context>
<context>
    <name>jcr::DeleteItemsCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n 件の項目を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::DependencyEditor</name>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>先行項目</translation>
    </message>
    <message>
        <source>This item should not start before these end. Delete removes the selected one.</source>
        <translation>この項目は、これらの項目が終わるまで開始すべきではありません。Delete キーで選択した項目を外します。</translation>
    </message>
    <message>
        <source>Add a predecessor</source>
        <translation>先行項目を追加</translation>
    </message>
    <message>
        <source>Type to find an item this one waits for</source>
        <translation>この項目が待つ項目を入力して検索</translation>
    </message>
    <message>
        <source>No other item has “%1” in its title.</source>
        <translation>タイトルに「%1」を含む項目はほかにありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n items match “%1”: choose one from the list.</source>
        <translation>
            <numerusform>「%1」に一致する項目が %n 件あります。一覧から 1 件選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>先行項目</translation>
    </message>
    <message>
        <source>Clear the predecessor search</source>
        <translation>先行項目の検索をクリア</translation>
    </message>
</context>
<context>
    <name>jcr::DocumentPropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>文書のプロパティ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Classification marking:</source>
        <translation>秘密区分表示(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>担当部署(&amp;O):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Briefing note&lt;/b&gt; (printed on the briefing; blocks left empty are left out)</source>
        <translation>&lt;b&gt;説明資料の記載事項&lt;/b&gt; (説明資料に印刷されます。空欄の項目は省略されます)</translation>
    </message>
    <message>
        <source>&amp;Drafter:</source>
        <translation>起案者(&amp;D):</translation>
    </message>
    <message>
        <source>A&amp;pprover:</source>
        <translation>決裁者(&amp;P):</translation>
    </message>
    <message>
        <source>File &amp;number:</source>
        <translation>文書番号(&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>目的(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Key messages:</source>
        <translation>主要メッセージ(&amp;K):</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>今後の対応(&amp;X):</translation>
    </message>
    <message>
        <source>Shown at the right end of the menu bar, on exported timeline images and on every report page.</source>
        <translation>メニューバーの右端、エクスポートしたタイムラインの画像、報告書の各ページに表示されます。</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>秘密区分表示</translation>
    </message>
</context>
<context>
    <name>jcr::EditItemsCommand</name>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>priority area</source>
        <translation>優先分野</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <source>lead side</source>
        <translation>主導側</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Change %1 of “%2”</source>
        <extracomment>%1 is a list of fields, %2 the item&apos;s title</extracomment>
        <translation>「%2」の%1を変更</translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else; the change cannot be undone.</source>
        <translation>「%1」は他の人によって削除されたため、変更を取り消せません。</translation>
    </message>
    <message>
        <source>“%1” was deleted by someone else; the change cannot be made.</source>
        <translation>「%1」は他の人によって削除されたため、変更できません。</translation>
    </message>
    <message>
        <source>“%1” was changed again by someone else; your earlier change was not undone, so that their change is kept.</source>
        <translation>「%1」は他の人によって再び変更されました。その変更を残すため、あなたの前回の変更は取り消していません。</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else in the meantime; your change was not applied, so that their change is kept.</source>
        <translation>「%1」はその間に他の人によって変更されました。その変更を残すため、あなたの変更は適用していません。</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>翻訳</translation>
    </message>
</context>
<context>
    <name>jcr::EditOrganisationCommand</name>
    <message>
        <source>Change organisation “%1”</source>
        <translation>組織「%1」を変更</translation>
    </message>
    <message>
        <source>Rename organisation “%1” to “%2”</source>
        <translation>組織「%1」の名称を「%2」に変更</translation>
    </message>
</context>
<context>
    <name>jcr::EditService</name>
    <message>
        <source>New item</source>
        <translation>新しい項目</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>「%1」を追加</translation>
    </message>
    <message>
        <source>Another program is holding the roadmap file; the item is added as soon as it releases it.</source>
        <translation>別のプログラムがロードマップファイルを使用しています。解放され次第、項目を追加します。</translation>
    </message>
    <message>
        <source>The item was not added.</source>
        <translation>項目は追加されませんでした。</translation>
    </message>
    <message>
        <source>“%1” has no priority area of this roadmap.</source>
        <translation>「%1」にはこのロードマップの優先分野がありません。</translation>
    </message>
    <message numerus="yes">
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>%n 件の項目を追加</numerusform>
        </translation>
    </message>
    <message>
        <source>The import is incomplete; nothing was imported.</source>
        <translation>インポートが不完全なため、何もインポートしていません。</translation>
    </message>
    <message>
        <source>“%1” has no priority area of this roadmap; nothing was imported.</source>
        <translation>「%1」にはこのロードマップの優先分野がないため、何もインポートしていません。</translation>
    </message>
    <message>
        <source>“%1”: %2 Nothing was imported.</source>
        <translation>「%1」: %2 何もインポートしていません。</translation>
    </message>
    <message>
        <source>“%1” is no longer in this roadmap; nothing was imported.</source>
        <translation>「%1」はもうこのロードマップにないため、何もインポートしていません。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>%n 件の項目をインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>この項目はもう存在しません。</translation>
    </message>
    <message>
        <source>That priority area does not exist.</source>
        <translation>その優先分野は存在しません。</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>「%1」を移動</translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n 件の項目を移動</numerusform>
        </translation>
    </message>
    <message>
        <source>An item cannot depend on itself.</source>
        <translation>項目を自分自身に依存させることはできません。</translation>
    </message>
    <message>
        <source>“%1” already depends on “%2”: the link would close a loop.</source>
        <translation>「%1」は既に「%2」に依存しています。この関連付けは循環になります。</translation>
    </message>
    <message>
        <source>Make “%1” depend on “%2”</source>
        <translation>「%1」を「%2」に依存させる</translation>
    </message>
    <message>
        <source>Remove a dependency of “%1”</source>
        <translation>「%1」の依存関係を削除</translation>
    </message>
    <message>
        <source>That organisation does not exist.</source>
        <translation>その組織は存在しません。</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>組織には名称が必要です。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The short name is longer than %1 characters.</source>
        <translation>略称が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>There is already an organisation named “%1”.</source>
        <translation>「%1」という名称の組織は既に存在します。</translation>
    </message>
    <message>
        <source>The organisation was not added.</source>
        <translation>組織は追加されませんでした。</translation>
    </message>
    <message>
        <source>A limit cannot be negative.</source>
        <translation>上限に負の値は指定できません。</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>ベースラインには名前が必要です。</translation>
    </message>
    <message>
        <source>A baseline name has at most %1 characters (this one has %2).</source>
        <translation>ベースライン名は %1 文字以内です (この名前は %2 文字です)。</translation>
    </message>
    <message>
        <source>There is already a baseline named “%1”.</source>
        <translation>「%1」という名前のベースラインは既にあります。</translation>
    </message>
    <message>
        <source>A baseline note has at most %1 characters (this one has %2).</source>
        <translation>ベースラインの備考は %1 文字以内です (この備考は %2 文字です)。</translation>
    </message>
    <message>
        <source>The baseline will be taken when the file is free.</source>
        <translation>ファイルが使用可能になった時点でベースラインを作成します。</translation>
    </message>
    <message>
        <source>That baseline does not exist.</source>
        <translation>そのベースラインは存在しません。</translation>
    </message>
</context>
<context>
    <name>jcr::ExportTimelineDialog</name>
    <message>
        <source>Export Timeline Image</source>
        <translation>タイムライン画像のエクスポート</translation>
    </message>
    <message>
        <source>roadmap-timeline.png</source>
        <translation>roadmap-timeline.png</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;File (PNG or SVG):</source>
        <translation>ファイル (PNG または SVG)(&amp;F):</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>開始(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>幅(&amp;W):</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>The file name must end in .png or .svg.</source>
        <translation>ファイル名は .png または .svg で終わる必要があります。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 は既に存在します。置き換えますか?</translation>
    </message>
</context>
<context>
    <name>jcr::FileStateBanner</name>
    <message>
        <source>Save a Copy &amp;As…</source>
        <translation>名前を付けてコピーを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>開き直す(&amp;R)</translation>
    </message>
    <message>
        <source>Writes the roadmap as shown, with the changes that wait, to a new file and continues there.</source>
        <translation>表示中のロードマップを、保存待ちの変更とともに新しいファイルに書き込み、以後はそのファイルで作業を続けます。</translation>
    </message>
    <message>
        <source>1 change waits to be saved; it is kept.</source>
        <translation>1 件の変更が保存を待っています。変更は保持されています。</translation>
    </message>
    <message>
        <source>%1 changes wait to be saved; they are kept.</source>
        <translation>%1 件の変更が保存を待っています。変更は保持されています。</translation>
    </message>
    <message>
        <source>Waiting for another program to release the file… </source>
        <translation>別のプログラムがファイルを解放するのを待っています… </translation>
    </message>
    <message>
        <source>1 change is not saved yet; it is saved as soon as the file is released (Undo takes it back).</source>
        <translation>1 件の変更がまだ保存されていません。ファイルが解放され次第保存されます(「元に戻す」で取り消せます)。</translation>
    </message>
    <message>
        <source>%1 changes are not saved yet; they are saved as soon as the file is released (Undo takes them back).</source>
        <translation>%1 件の変更がまだ保存されていません。ファイルが解放され次第保存されます(「元に戻す」で取り消せます)。</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>名前を付けてコピーを保存</translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation>%1 のコピー</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>コピーは保存されませんでした</translation>
    </message>
    <message>
        <source>The copy was saved but cannot be continued in</source>
        <translation>コピーは保存されましたが、そのファイルで作業を続けることはできません</translation>
    </message>
    <message>
        <source>The roadmap was not reopened</source>
        <translation>ロードマップを開き直せませんでした</translation>
    </message>
    <message>
        <source>Changes are not saved yet</source>
        <translation>未保存の変更があります</translation>
    </message>
    <message>
        <source>1 change is waiting to be saved.</source>
        <translation>1 件の変更が保存を待っています。</translation>
    </message>
    <message>
        <source>%1 changes are waiting to be saved.</source>
        <translation>%1 件の変更が保存を待っています。</translation>
    </message>
    <message>
        <source>Another program holds the file, or the file is no longer where it was. If you close it now, these changes are lost.</source>
        <translation>別のプログラムがファイルを使用しているか、ファイルが元の場所にありません。今閉じると、これらの変更は失われます。</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>開いたままにする</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>1 change waits for the server; it is saved as soon as the server accepts it (Undo takes it back).</source>
        <translation>1 件の変更がサーバーを待っています。サーバーが受け付けしだい保存されます (元に戻すで取り消せます)。</translation>
    </message>
    <message>
        <source>%1 changes wait for the server; they are saved as soon as it accepts them (Undo takes them back).</source>
        <translation>%1 件の変更がサーバーを待っています。サーバーが受け付けしだい保存されます (元に戻すで取り消せます)。</translation>
    </message>
    <message>
        <source>The server cannot be reached, or another user&apos;s change is still in progress. If you close it now, these changes are lost.</source>
        <translation>サーバーに接続できないか、別のユーザーの変更が進行中です。今閉じると、これらの変更は失われます。</translation>
    </message>
</context>
<context>
    <name>jcr::FileStatus</name>
    <message>
        <source>The file %1 was deleted while open. What you see is still here: save a copy to keep it.</source>
        <translation>ファイル %1 は開いている間に削除されました。表示中の内容は残っています。保持するにはコピーを保存してください。</translation>
    </message>
    <message>
        <source>The file %1 was renamed or moved to %2 while open.</source>
        <translation>ファイル %1 は開いている間に名前が変更されたか、%2 へ移動されました。</translation>
    </message>
    <message>
        <source>The file %1 was replaced by another file while open. What you see is the roadmap as it was: save a copy to keep it, or reopen to see the new file.</source>
        <translation>ファイル %1 は開いている間に別のファイルに置き換えられました。表示中の内容は以前のロードマップです。保持するにはコピーを保存し、新しいファイルを見るには開き直してください。</translation>
    </message>
    <message>
        <source>The folder of %1 became read-only while open: changes cannot be saved there until it is writable again.</source>
        <translation>%1 のフォルダーは開いている間に読み取り専用になりました。再び書き込み可能になるまで、変更をそこに保存できません。</translation>
    </message>
</context>
<context>
    <name>jcr::FilterBar</name>
    <message>
        <source>Priority area</source>
        <translation>優先分野</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <source>Lead side</source>
        <translation>主導側</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)…</source>
        <translation>絞り込み (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>絞り込みテキスト</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>All health</source>
        <translation>すべての健全性</translation>
    </message>
    <message>
        <source>Any lead</source>
        <translation>すべての主導側</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>%n 日以内に期限</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Show all items</source>
        <translation>すべての項目を表示</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Any organisation</source>
        <translation>すべての組織</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Clear filter text</source>
        <translation>絞り込みテキストをクリア</translation>
    </message>
</context>
<context>
    <name>jcr::FuzzyDateEdit</name>
    <message>
        <source>No date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>How exact the date is: the statement often names only a year.</source>
        <translation>日付の精度。共同声明は年のみを示すことが多くあります。</translation>
    </message>
    <message>
        <source>Type the date as it shows (15 Aug 2027, Aug 2027, Q3 2027, 2027) or as numbers (15/8/2027, 2027-08-15). Up and Down step by one period.</source>
        <translation>表示どおりの形式 (2027年8月15日、2027年8月、2027年第3四半期、2027) または数字 (2027/8/15、2027-08-15) で日付を入力してください。上下矢印キーで 1 期間ずつ進めたり戻したりできます。</translation>
    </message>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>カレンダーから日付を選択</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>カレンダー</translation>
    </message>
    <message>
        <source>“%1” is not a date of %2 precision; type it like %3.</source>
        <translation>「%1」は精度「%2」の日付ではありません。%3 のように入力してください。</translation>
    </message>
    <message>
        <source>%1 precision</source>
        <translation>%1の精度</translation>
    </message>
    <message>
        <source>%1 calendar</source>
        <translation>%1のカレンダー</translation>
    </message>
</context>
<context>
    <name>jcr::History</name>
    <message>
        <source>another program</source>
        <translation>別のプログラム</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>優先分野</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <source>Lead side</source>
        <translation>主導側</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>先行項目</translation>
    </message>
    <message>
        <source>Source passage</source>
        <translation>出典箇所</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>状況メモ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Priority area added</source>
        <translation>優先分野を追加</translation>
    </message>
    <message>
        <source>Item created</source>
        <translation>項目を作成</translation>
    </message>
    <message>
        <source>Priority area deleted</source>
        <translation>優先分野を削除</translation>
    </message>
    <message>
        <source>Item deleted</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Title in French</source>
        <translation>タイトル（フランス語）</translation>
    </message>
    <message>
        <source>Title in Japanese</source>
        <translation>タイトル（日本語）</translation>
    </message>
    <message>
        <source>Description in French</source>
        <translation>説明（フランス語）</translation>
    </message>
    <message>
        <source>Description in Japanese</source>
        <translation>説明（日本語）</translation>
    </message>
    <message>
        <source>Name in French</source>
        <translation>名称（フランス語）</translation>
    </message>
    <message>
        <source>Name in Japanese</source>
        <translation>名称（日本語）</translation>
    </message>
    <message>
        <source>Short name in French</source>
        <translation>略称（フランス語）</translation>
    </message>
    <message>
        <source>Short name in Japanese</source>
        <translation>略称（日本語）</translation>
    </message>
</context>
<context>
    <name>jcr::IcsExporter</name>
    <message>
        <source>Priority area %1: %2</source>
        <extracomment>%1 is the priority area&apos;s number, %2 its name</extracomment>
        <translation>優先分野 %1: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · lead: %3</source>
        <translation>%1 · %2 · 主導: %3</translation>
    </message>
    <message>
        <source>Dates: %1 (to the %2)</source>
        <translation>日付: %1 (精度: %2)</translation>
    </message>
</context>
<context>
    <name>jcr::ImportItemsCommand</name>
    <message>
        <source>“%1” was changed or deleted by someone else in the meantime; nothing was imported, so that their change is kept.</source>
        <translation>「%1」はその間に他の人によって変更または削除されました。その変更を残すため、何もインポートしていません。</translation>
    </message>
    <message>
        <source>“%1” was changed or deleted by someone else since the import; the import was not undone, so that their change is kept.</source>
        <translation>「%1」はインポート後に他の人によって変更または削除されました。その変更を残すため、インポートは取り消していません。</translation>
    </message>
</context>
<context>
    <name>jcr::ImportPlan</name>
    <message>
        <source>%1 changed, %2 new, %3 rejected, %4 unchanged</source>
        <extracomment>the preview of an import, e.g. &quot;12 changed, 3 new, 2 rejected, 40 unchanged&quot;</extracomment>
        <translation>変更 %1 件、新規 %2 件、却下 %3 件、変更なし %4 件</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>項目 %1</translation>
    </message>
</context>
<context>
    <name>jcr::ImportPlanner</name>
    <message>
        <source>the %1 is empty (one of: %2)</source>
        <translation>%1 が空です (%2 のいずれか)</translation>
    </message>
    <message>
        <source>unknown %1 “%2” (one of: %3)</source>
        <translation>不明な%1「%2」(%3 のいずれか)</translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date (write 2026-12-12, 2026-12, 2026-Q4 or 2026)</source>
        <translation>%1「%2」は日付ではありません (2026-12-12、2026-12、2026-Q4 または 2026 と記入してください)</translation>
    </message>
    <message>
        <source>unknown %1 precision “%2” (one of: %3)</source>
        <translation>不明な%1の精度「%2」(%3 のいずれか)</translation>
    </message>
    <message>
        <source>the %1 “%2” is to the %3 but its precision column says %4</source>
        <translation>%1「%2」の精度は「%3」ですが、精度の列には「%4」とあります</translation>
    </message>
    <message>
        <source>Column %1 of the header has no name.</source>
        <translation>見出し行の %1 列目に名前がありません。</translation>
    </message>
    <message>
        <source>Unknown column “%1”. The columns are: %2.</source>
        <translation>不明な列「%1」。列は次のとおりです: %2。</translation>
    </message>
    <message>
        <source>The column “%1” appears twice.</source>
        <translation>列「%1」が 2 回出現しています。</translation>
    </message>
    <message>
        <source>“%1” is not an item id</source>
        <translation>「%1」は項目 ID ではありません</translation>
    </message>
    <message>
        <source>id %1 is also on %2</source>
        <translation>ID %1 は %2 にもあります</translation>
    </message>
    <message>
        <source>there is no item with id %1 in this roadmap (leave the id empty to add a new item)</source>
        <translation>このロードマップに ID %1 の項目はありません (新しい項目を追加するには ID を空欄にしてください)</translation>
    </message>
    <message>
        <source>a number from 1 to %1, or the area&apos;s name</source>
        <translation>1 から %1 までの数値、または分野名</translation>
    </message>
    <message>
        <source>unknown priority area “%1” (%2)</source>
        <translation>不明な優先分野「%1」(%2)</translation>
    </message>
    <message>
        <source>a priority area is required (%1)</source>
        <translation>優先分野は必須です (%1)</translation>
    </message>
    <message>
        <source>the priority area is empty (%1)</source>
        <translation>優先分野が空です (%1)</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>主導側</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>the progress “%1” is not a whole number from 0 to 100</source>
        <translation>進捗「%1」は 0 から 100 までの整数ではありません</translation>
    </message>
    <message>
        <source>unknown organisation “%1”</source>
        <translation>不明な組織「%1」</translation>
    </message>
    <message>
        <source>the organisation “%1” is listed twice</source>
        <translation>組織「%1」が 2 回記載されています</translation>
    </message>
    <message>
        <source>the dependency “%1” is not the id of an item in this roadmap</source>
        <translation>依存先「%1」はこのロードマップの項目 ID ではありません</translation>
    </message>
    <message>
        <source>an item cannot depend on itself</source>
        <translation>項目を自分自身に依存させることはできません</translation>
    </message>
</context>
<context>
    <name>jcr::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message>
        <source>Nothing will be imported until every rejected row is corrected: an import is all or nothing.</source>
        <translation>却下されたすべての行が修正されるまで、何もインポートされません。インポートはすべてか無かのどちらかです。</translation>
    </message>
    <message>
        <source>The file matches the roadmap: there is nothing to import.</source>
        <translation>ファイルはロードマップと一致しています。インポートするものはありません。</translation>
    </message>
    <message>
        <source>The import is one step: Edit ▸ Undo takes it back.</source>
        <translation>インポートは 1 つの操作です。編集 ▸ 元に戻す で取り消せます。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Rejected (%1)</source>
        <translation>却下 (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>変更 (%1)</translation>
    </message>
    <message>
        <source>Change dependencies of “%1”</source>
        <translation>「%1」の依存関係を変更</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>New (%1)</source>
        <translation>新規 (%1)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
</context>
<context>
    <name>jcr::ImportReader</name>
    <message>
        <source>%1: import reads .csv, .xlsx and .json files.</source>
        <translation>%1: インポートできるのは .csv、.xlsx、.json ファイルです。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; the limit is %3 MB).</source>
        <translation>%1 は大きすぎてインポートできません (%2 MB。上限は %3 MB です)。</translation>
    </message>
    <message>
        <source>%1 is too large to import (the limit is %2 MB).</source>
        <translation>%1 は大きすぎてインポートできません (上限は %2 MB です)。</translation>
    </message>
</context>
<context>
    <name>jcr::ImportSourceDialog</name>
    <message>
        <source>Import Source Document</source>
        <translation>出典文書のインポート</translation>
    </message>
    <message>
        <source>e.g. Japan-Canada Foreign and Defence Ministers&apos; Meeting</source>
        <translation>例: 日加外務・防衛閣僚会合</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD (任意)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>場所(&amp;P):</translation>
    </message>
    <message>
        <source>https://… where the official text is published (optional)</source>
        <translation>https://… 公式文書の掲載先 (任意)</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>リンク(&amp;L):</translation>
    </message>
    <message>
        <source>The official &amp;text, exactly as published (paste it, or load a UTF-8 .txt or .md file). It is never changed after the import.</source>
        <translation>公表されたとおりの公式文書(&amp;T) (貼り付けるか、UTF-8 の .txt または .md ファイルを読み込んでください)。インポート後に変更されることはありません。</translation>
    </message>
    <message>
        <source>From &amp;File…</source>
        <translation>ファイルから(&amp;F)…</translation>
    </message>
    <message>
        <source>Text or Markdown (*.txt *.md *.markdown)</source>
        <translation>テキストまたは Markdown (*.txt *.md *.markdown)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>The date must be a day, YYYY-MM-DD.</source>
        <translation>日付は YYYY-MM-DD 形式の日で指定してください。</translation>
    </message>
</context>
<context>
    <name>jcr::InterchangeActions</name>
    <message>
        <source>E&amp;xport</source>
        <translation>エクスポート(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>&amp;Excel ブック…</translation>
    </message>
    <message>
        <source>&amp;iCalendar (Outlook)…</source>
        <translation>&amp;iCalendar (Outlook)…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Impor&amp;t…</source>
        <translation>インポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>%1 形式でエクスポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Import Items</source>
        <translation>項目のインポート</translation>
    </message>
    <message>
        <source>CSV, Excel or JSON (*.csv *.xlsx *.json)</source>
        <translation>CSV、Excel または JSON (*.csv *.xlsx *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Imported %1: %2</source>
        <translation>%1 をインポートしました: %2</translation>
    </message>
</context>
<context>
    <name>jcr::InterchangeFormat</name>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel ブック</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>jcr::Item</name>
    <message>
        <source>A title is required.</source>
        <translation>タイトルは必須です。</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>タイトルが %1 文字を超えています。</translation>
    </message>
    <message>
        <source>A cited passage must name its source and may not be empty.</source>
        <translation>引用箇所には出典を明記する必要があり、空にはできません。</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>テキストが %1 文字を超えています。</translation>
    </message>
    <message>
        <source>A priority area is required.</source>
        <translation>優先分野は必須です。</translation>
    </message>
    <message>
        <source>The end (%1) is before the start (%2).</source>
        <translation>終了 (%1) が開始 (%2) より前です。</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 %.</source>
        <translation>進捗は 0～100% の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>jcr::ItemEditor</name>
    <message>
        <source>Changed by someone else</source>
        <translation>他の人による変更</translation>
    </message>
    <message>
        <source>Someone else changed this item while you were editing it.</source>
        <translation>編集中に他の人がこの項目を変更しました。</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>相手の変更を残す(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Apply Mine</source>
        <translation>自分の変更を適用(&amp;A)</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <source>Your name signs the status updates you add (you can change it later in Edit ▸ Preferences):</source>
        <translation>追加する進捗報告にはお名前が署名として付きます (後から 編集 ▸ 設定 で変更できます):</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <source>Priority &amp;area:</source>
        <translation>優先分野(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状況(&amp;S):</translation>
    </message>
    <message>
        <source>Hea&amp;lth:</source>
        <translation>健全性(&amp;L):</translation>
    </message>
    <message>
        <source>Lead s&amp;ide:</source>
        <translation>主導側(&amp;I):</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>開始(&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;nd / due:</source>
        <translation>終了/期限(&amp;N):</translation>
    </message>
    <message>
        <source>Prede&amp;cessors:</source>
        <translation>先行項目(&amp;C):</translation>
    </message>
    <message>
        <source>The items this one waits for: it should not start before they end.</source>
        <translation>この項目が待つ項目です。これらが終わるまで開始すべきではありません。</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>進捗(&amp;P):</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. cyber, G7</source>
        <translation>コンマ区切り (例: cyber, G7)</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>&amp;Organisations:</source>
        <translation>組織(&amp;O):</translation>
    </message>
    <message>
        <source>The passages of the source documents this item comes from, as published (Sources view: select a passage to cite it).</source>
        <translation>この項目の根拠となる出典文書の箇所 (公表どおり)。出典ビューで箇所を選択すると引用できます。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>出典:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Your name, as it signs your updates. Change it in Edit ▸ Preferences.</source>
        <translation>進捗報告に署名として付くお名前です。編集 ▸ 設定 で変更できます。</translation>
    </message>
    <message>
        <source>What happened, what is next</source>
        <translation>経過と今後の予定</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(変更なし)</translation>
    </message>
    <message>
        <source>Add &amp;Update</source>
        <translation>進捗報告を追加(&amp;U)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日付:</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>署名:</translation>
    </message>
    <message>
        <source>Update:</source>
        <translation>進捗報告:</translation>
    </message>
    <message>
        <source>New status / health:</source>
        <translation>新しい状況/健全性:</translation>
    </message>
    <message>
        <source>No roadmap is open. Use File ▸ Open or File ▸ New Roadmap.</source>
        <translation>ロードマップが開かれていません。ファイル ▸ 開く または ファイル ▸ 新しいロードマップ を使用してください。</translation>
    </message>
    <message>
        <source>This roadmap has no items yet. Press Ctrl+N to add the first one, or use File ▸ New Roadmap for the roadmap seeded from the Joint Statement.</source>
        <translation>このロードマップにはまだ項目がありません。Ctrl+N で最初の項目を追加するか、ファイル ▸ 新しいロードマップ で共同声明に基づくロードマップを作成してください。</translation>
    </message>
    <message>
        <source>No item selected. Select an item in the list, on the board or on the timeline to edit it.</source>
        <translation>項目が選択されていません。一覧、ボード、またはタイムラインで項目を選択すると編集できます。</translation>
    </message>
    <message>
        <source>As &amp;lead</source>
        <translation>主導として(&amp;L)</translation>
    </message>
    <message>
        <source>As &amp;supporting</source>
        <translation>支援として(&amp;S)</translation>
    </message>
    <message>
        <source>You (asked when you add your first update)</source>
        <translation>あなた (最初の進捗報告を追加するときに確認します)</translation>
    </message>
    <message>
        <source>Someone else deleted this item; your change was not saved.</source>
        <translation>他の人がこの項目を削除したため、変更は保存されませんでした。</translation>
    </message>
    <message>
        <source>Kept the version saved by someone else.</source>
        <translation>他の人が保存した版を残しました。</translation>
    </message>
    <message>
        <source>%1 — theirs: “%2”; yours: “%3”</source>
        <translation>%1 — 相手: 「%2」、自分: 「%3」</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>優先分野</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <source>Lead side</source>
        <translation>主導側</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更済み</translation>
    </message>
    <message>
        <source>An update is signed with your name: the update was not added.</source>
        <translation>進捗報告にはお名前の署名が必要なため、進捗報告は追加されませんでした。</translation>
    </message>
    <message>
        <source>Write what happened, or choose a new status or health.</source>
        <translation>経過を記入するか、新しい状況または健全性を選択してください。</translation>
    </message>
    <message>
        <source>The update is longer than %1 characters.</source>
        <translation>進捗報告が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>End / due</source>
        <translation>終了/期限</translation>
    </message>
    <message>
        <source>Organisations of the item</source>
        <translation>項目の組織</translation>
    </message>
    <message>
        <source>Item fields</source>
        <translation>項目のフィールド</translation>
    </message>
</context>
<context>
    <name>jcr::ItemHistoryView</name>
    <message>
        <source>All changes</source>
        <translation>すべての変更</translation>
    </message>
    <message>
        <source>Status notes only</source>
        <translation>状況メモのみ</translation>
    </message>
    <message>
        <source>Show every recorded change of this item with the status notes, or only the status notes</source>
        <translation>この項目の記録されたすべての変更を状況メモとともに表示するか、状況メモのみを表示します</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>表示(&amp;W):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>進捗報告</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
</context>
<context>
    <name>jcr::ItemModel</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>優先分野</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主導</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Lead organisations</source>
        <translation>主導組織</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Baseline start</source>
        <translation>ベースライン開始</translation>
    </message>
    <message>
        <source>Baseline end</source>
        <translation>ベースライン終了</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>No title in %1 yet: the primary title is shown.
%2</source>
        <extracomment>%1: the language of the interface, in itself (&quot;Français&quot;); %2: the title</extracomment>
        <translation>%1のタイトルはまだありません。元のタイトルを表示しています。
%2</translation>
    </message>
</context>
<context>
    <name>jcr::ItemSummary</name>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>lead Japan</source>
        <translation>主導 日本</translation>
    </message>
    <message>
        <source>lead Canada</source>
        <translation>主導 カナダ</translation>
    </message>
    <message>
        <source>lead Japan and Canada</source>
        <translation>主導 日本・カナダ共同</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of an item&apos;s spoken summary</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>%1から%2まで</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>開始 %1</translation>
    </message>
    <message>
        <source>no dates</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>priority area %1 %2</source>
        <translation>優先分野 %1 %2</translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>進捗 %1%</translation>
    </message>
    <message>
        <source>led by %1</source>
        <translation>主導組織 %1</translation>
    </message>
</context>
<context>
    <name>jcr::ItemTable</name>
    <message>
        <source>the source passage “%1” does not occur verbatim in any source document of this roadmap</source>
        <translation>出典箇所「%1」は、このロードマップのどの出典文書にも一字一句そのままの形では含まれていません</translation>
    </message>
</context>
<context>
    <name>jcr::ItemTranslationsEditor</name>
    <message>
        <source>None: the primary title is shown</source>
        <translation>なし (元のタイトルを表示)</translation>
    </message>
    <message>
        <source>None: the primary description is shown</source>
        <translation>なし (元の説明を表示)</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <translation>タイトル (%1):</translation>
    </message>
    <message>
        <source>Description (%1):</source>
        <translation>説明 (%1):</translation>
    </message>
</context>
<context>
    <name>jcr::ItemsView</name>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>jcr::JournalRecovery</name>
    <message>
        <source>it cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>its page size (%1) is not the file&apos;s (%2)</source>
        <translation>ページサイズ (%1) がファイルのページサイズ (%2) と異なります</translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation>ヘッダーが破損しています</translation>
    </message>
    <message>
        <source>its copy of the first page is not of an SQLite file</source>
        <translation>先頭ページのコピーが SQLite ファイルのものではありません</translation>
    </message>
    <message>
        <source>it was written for a file of another application</source>
        <translation>別のアプリケーションのファイル用に書き込まれています</translation>
    </message>
    <message>
        <source>it was written for another version of the file (change counter %1, the file&apos;s is %2)</source>
        <translation>ファイルの別の版用に書き込まれています (変更カウンター %1、ファイルは %2)</translation>
    </message>
    <message>
        <source>%1 has an unfinished change left by a program that stopped while writing it (%2).</source>
        <translation>%1 には、書き込み中に停止したプログラムが残した未完了の変更があります (%2)。</translation>
    </message>
    <message>
        <source>%1 It must be undone before the file can be read, and the %2 is read-only here. Open it with jcroadmap where the file and its folder can be written (or make them writable), or use a backup.</source>
        <translation>%1 ファイルを読み込む前にこの変更を取り消す必要がありますが、ここでは%2が読み取り専用です。ファイルとそのフォルダーに書き込める場所で jcroadmap を使って開く (または書き込み可能にする) か、バックアップを使用してください。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>%1 That journal does not belong to the file: %2. Neither file was changed. Move %3 away to open the file as it is, or restore a backup.</source>
        <translation>%1 このジャーナルはこのファイルのものではありません: %2。どちらのファイルも変更していません。ファイルをそのまま開くには %3 を別の場所へ移動するか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 There is no room beside it to undo it safely; nothing was changed.</source>
        <translation>%1 安全に取り消すための空き容量が同じ場所にありません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 It could not be copied to undo it safely; nothing was changed.</source>
        <translation>%1 安全に取り消すためのコピーを作成できませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 Undoing it failed (%2); neither file was changed. Move %3 away to open the file as it is, or restore a backup.</source>
        <translation>%1 取り消しに失敗しました (%2)。どちらのファイルも変更していません。ファイルをそのまま開くには %3 を別の場所へ移動するか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 Undoing it would not leave a sound roadmap (%2), so the journal probably belongs to another file; neither file was changed. Move %3 away to open the file as it is, or restore a backup.</source>
        <translation>%1 取り消すと正常なロードマップにならない (%2) ため、このジャーナルはおそらく別のファイルのものです。どちらのファイルも変更していません。ファイルをそのまま開くには %3 を別の場所へ移動するか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 Another program changed it while it was being undone; nothing was changed. Try again.</source>
        <translation>%1 取り消しの最中に別のプログラムが変更しました。何も変更していません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 There is no room beside it to keep the originals; nothing was changed.</source>
        <translation>%1 元のファイルを保持する空き容量が同じ場所にありません。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 The repaired file could not take its place; nothing was changed.</source>
        <translation>%1 修復したファイルで置き換えることができませんでした。何も変更していません。</translation>
    </message>
    <message>
        <source>An unfinished change left by a program that stopped while writing was undone; the file and the journal as they were are kept as %1 and %2.</source>
        <translation>書き込み中に停止したプログラムが残した未完了の変更を取り消しました。元の状態のファイルとジャーナルは %1 と %2 として保存してあります。</translation>
    </message>
</context>
<context>
    <name>jcr::JsonReader</name>
    <message>
        <source>a value is a list or an object where text or a number belongs</source>
        <translation>テキストまたは数値が入るべき箇所の値がリストまたはオブジェクトです</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 on line %2.</source>
        <translation>このファイルは有効な JSON ではありません: %2 行目の %1。</translation>
    </message>
    <message>
        <source>The JSON has no list of items (an &quot;items&quot; array, or a list at the top).</source>
        <translation>JSON に項目の一覧 (「items」配列、または最上位のリスト) がありません。</translation>
    </message>
    <message>
        <source>it is not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>jcr::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language (%1)</source>
        <translation>システムの言語(&amp;S) (%1)</translation>
    </message>
    <message>
        <source>A new language applies when the planner starts again.</source>
        <translation>言語の変更は次回の起動時に反映されます。</translation>
    </message>
</context>
<context>
    <name>jcr::MainWindow</name>
    <message>
        <source>Japan–Canada Roadmap Planner</source>
        <translation>日加ロードマップ・プランナー</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Roadmap…</source>
        <translation>新しいロードマップ(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New E&amp;mpty Roadmap…</source>
        <translation>新しい空のロードマップ(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイルを開く(&amp;R)</translation>
    </message>
    <message>
        <source>Op&amp;en in New Window…</source>
        <translation>新しいウィンドウで開く(&amp;E)…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>新しいウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>名前を付けてコピーを保存(&amp;Y)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Doc&amp;ument Properties…</source>
        <translation>文書のプロパティ(&amp;U)…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>バックアップから復元(&amp;B)…</translation>
    </message>
    <message>
        <source>Exported “%1” — click to open</source>
        <translation>「%1」をエクスポートしました — クリックで開きます</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 を元に戻す</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 をやり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 をやり直し</translation>
    </message>
    <message>
        <source>&amp;New Item</source>
        <translation>新しい項目(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Edit Item</source>
        <translation>項目を編集(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>項目を削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>絞り込みを解除(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>組織(&amp;O)…</translation>
    </message>
    <message>
        <source>Preferen&amp;ces…</source>
        <translation>設定(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>変更(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>変更できませんでした</translation>
    </message>
    <message>
        <source>The waiting change was saved.</source>
        <translation>保存待ちの変更を保存しました。</translation>
    </message>
    <message>
        <source>The %1 waiting changes were saved.</source>
        <translation>保存待ちの %1 件の変更を保存しました。</translation>
    </message>
    <message>
        <source>The roadmap is now read-only</source>
        <translation>ロードマップは読み取り専用になりました</translation>
    </message>
    <message>
        <source>The daily backup could not be taken: %1</source>
        <translation>日次バックアップを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>No backup to restore</source>
        <translation>復元するバックアップがありません</translation>
    </message>
    <message>
        <source>There is no backup of this roadmap yet in %1.</source>
        <translation>%1 にはまだこのロードマップのバックアップがありません。</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <source>%1 — “%2”, %3 (before a restore)</source>
        <translation>%1 — 「%2」、%3 (復元前)</translation>
    </message>
    <message>
        <source>%1 — “%2”, %3</source>
        <translation>%1 — 「%2」、%3</translation>
    </message>
    <message>
        <source>⚠ Not made by the planner: %1 (modified %2)</source>
        <translation>⚠ プランナーが作成したものではありません: %1 (更新日時 %2)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Backups of this roadmap, newest first (kept in %1):</source>
        <translation>このロードマップのバックアップ (新しい順、保存先 %1):</translation>
    </message>
    <message>
        <source>Replace the whole roadmap with the backup of %1?</source>
        <translation>ロードマップ全体を %1 のバックアップで置き換えますか?</translation>
    </message>
    <message>
        <source>Replace the whole roadmap with %1? The planner did not make this file.</source>
        <translation>ロードマップ全体を %1 で置き換えますか? このファイルはプランナーが作成したものではありません。</translation>
    </message>
    <message>
        <source>Everyone with the file open sees the restored content. The current content is first saved as another backup, so this can be reversed; the undo history is cleared.</source>
        <translation>このファイルを開いているすべての人に、復元後の内容が表示されます。現在の内容は先に別のバックアップとして保存されるため、元に戻すことができます。元に戻す履歴は消去されます。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>バックアップは復元されませんでした</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>%1 のバックアップを復元しました。</translation>
    </message>
    <message>
        <source>The default roadmap could not be created</source>
        <translation>既定のロードマップを作成できませんでした</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>%1 — %2%3</source>
        <translation>%1 — %2%3</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [読み取り専用]</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <source>No roadmap open</source>
        <translation>ロードマップが開かれていません</translation>
    </message>
    <message>
        <source>No roadmap is open. Use File ▸ Open or File ▸ New Roadmap.</source>
        <translation>ロードマップが開かれていません。ファイル ▸ 開く または ファイル ▸ 新しいロードマップ を使用してください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only.&lt;/b&gt; %1 Changes cannot be made.</source>
        <translation>&lt;b&gt;読み取り専用。&lt;/b&gt;%1 変更はできません。</translation>
    </message>
    <message>
        <source>1 day to the %1 centennial year</source>
        <translation>100周年の %1 年まであと 1 日</translation>
    </message>
    <message>
        <source>%1 days to the %2 centennial year</source>
        <translation>100周年の %2 年まであと %1 日</translation>
    </message>
    <message>
        <source>Centennial year %1</source>
        <translation>100周年の年 (%1)</translation>
    </message>
    <message>
        <source>New Roadmap</source>
        <translation>新しいロードマップ</translation>
    </message>
    <message>
        <source>New Empty Roadmap</source>
        <translation>新しい空のロードマップ</translation>
    </message>
    <message>
        <source>The roadmap was not created</source>
        <translation>ロードマップは作成されませんでした</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name: an existing file is never overwritten.</source>
        <translation>%1 は既に存在します。別の名前を選んでください。既存のファイルが上書きされることはありません。</translation>
    </message>
    <message>
        <source>Open Roadmap</source>
        <translation>ロードマップを開く</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>名前を付けてコピーを保存</translation>
    </message>
    <message>
        <source> (copy).</source>
        <translation> (コピー)。</translation>
    </message>
    <message>
        <source>The copy was not saved</source>
        <translation>コピーは保存されませんでした</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>コピーを %1 に保存しました</translation>
    </message>
    <message>
        <source>The item is hidden by the filter: clear the filter to see it.</source>
        <translation>この項目は絞り込みで非表示になっています。表示するには絞り込みを解除してください。</translation>
    </message>
    <message>
        <source>The properties were not saved</source>
        <translation>プロパティは保存されませんでした</translation>
    </message>
    <message>
        <source>About the Japan–Canada Roadmap Planner</source>
        <translation>日加ロードマップ・プランナーについて</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Japan–Canada Roadmap Planner %1&lt;/h3&gt;&lt;p&gt;Plans and reports on the Japan–Canada Comprehensive Strategic Roadmap established by the Joint Statement of 6 March 2026, towards the centennial of bilateral relations in 2028.&lt;/p&gt;&lt;p&gt;The roadmap is a plain SQLite file: every change is saved at once.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;日加ロードマップ・プランナー %1&lt;/h3&gt;&lt;p&gt;2026年3月6日の共同声明により策定された日加包括的戦略ロードマップについて、2028年の国交100周年に向けた計画の立案と報告を行います。&lt;/p&gt;&lt;p&gt;ロードマップは通常の SQLite ファイルです。変更はすべて即座に保存されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Baselines…</source>
        <translation>ベースライン…(&amp;B)</translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation>比較対象(&amp;W)</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>比較できません</translation>
    </message>
    <message>
        <source>The planner speaks %1 already.</source>
        <translation>既に%1で表示しています。</translation>
    </message>
    <message>
        <source>The planner will speak %1 from its next start.</source>
        <translation>次回の起動から%1で表示します。</translation>
    </message>
    <message>
        <source>Connected again; the roadmap was re-read.</source>
        <translation>再接続しました。ロードマップを読み直しました。</translation>
    </message>
    <message>
        <source>Connect to Te&amp;am Roadmap…</source>
        <translation>チームロードマップに接続(&amp;A)…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
</context>
<context>
    <name>jcr::OpenFileNotice</name>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
</context>
<context>
    <name>jcr::OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Remove Organisation</source>
        <translation>組織の削除</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>e.g. Ministry of Foreign Affairs of Japan</source>
        <translation>例: 外務省</translation>
    </message>
    <message>
        <source>e.g. MOFA</source>
        <translation>例: MOFA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>略称(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Add as New</source>
        <translation>新規として追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add an organisation with the name, short name and country above.</source>
        <translation>上記の名称、略称、国で組織を追加します。</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Give the selected organisation the name, short name and country above.</source>
        <translation>選択した組織の名称、略称、国を上記の内容に変更します。</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected organisation (its items stay).</source>
        <translation>選択した組織を削除します (項目は残ります)。</translation>
    </message>
    <message>
        <source>Changes are saved at once; Edit ▸ Undo takes them back.</source>
        <translation>変更はすぐに保存されます。編集 ▸ 元に戻す で取り消せます。</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1”? %n item(s) take part with it.</source>
        <translation>
            <numerusform>「%1」を削除しますか? %n 件の項目が関係しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The items stay; only their link to this organisation goes. Edit ▸ Undo brings both back.</source>
        <translation>項目は残り、この組織との関連付けのみが削除されます。編集 ▸ 元に戻す で両方を元に戻せます。</translation>
    </message>
</context>
<context>
    <name>jcr::OutputGuard</name>
    <message>
        <source>No output file was given.</source>
        <translation>出力ファイルが指定されていません。</translation>
    </message>
    <message>
        <source>%1 is the input file; it was not overwritten. Choose another output file.</source>
        <translation>%1 は入力ファイルのため、上書きしていません。別の出力ファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>%1 belongs to the database beside it; it was not overwritten.</source>
        <translation>%1 は同じ場所にあるデータベースの一部のため、上書きしていません。</translation>
    </message>
    <message>
        <source>%1 is a roadmap or another SQLite database; it was not overwritten. Choose another output file.</source>
        <translation>%1 はロードマップまたは別の SQLite データベースのため、上書きしていません。別の出力ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>jcr::PageComposer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>jcr::PdfPostProcessor</name>
    <message>
        <source>Could not finish the PDF: %1</source>
        <translation>PDF を完成できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>jcr::PostgresStore</name>
    <message>
        <source>%1 is not a roadmap file; a team roadmap is published from a file.</source>
        <translation>%1 はロードマップファイルではありません。チームロードマップはファイルから公開します。</translation>
    </message>
    <message>
        <source>The file has schema %1 and the server schema %2: open the file for editing once, which upgrades it, then publish it.</source>
        <translation>ファイルのスキーマは %1、サーバーのスキーマは %2 です。ファイルを一度編集可能な状態で開いて更新してから公開してください。</translation>
    </message>
    <message>
        <source>The roadmap could not be copied</source>
        <translation>ロードマップをコピーできませんでした</translation>
    </message>
    <message>
        <source>The file has no table %1.</source>
        <translation>ファイルにテーブル %1 がありません。</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>ファイルを読み込めませんでした</translation>
    </message>
    <message>
        <source>The table %1 could not be copied</source>
        <translation>テーブル %1 をコピーできませんでした</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>The roadmap could not be read</source>
        <translation>ロードマップを読み込めませんでした</translation>
    </message>
    <message>
        <source>The copy could not be written</source>
        <translation>コピーを書き込めませんでした</translation>
    </message>
    <message>
        <source>The copy failed its check: %1</source>
        <translation>コピーの検査に失敗しました: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to %1.</source>
        <translation>コピーを %1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>Qt の PostgreSQL ドライバーがインストールされていません (Debian: libqt6sql6-psql)。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>The connection could not be set up</source>
        <translation>接続を確立できませんでした</translation>
    </message>
    <message>
        <source>The server could not be read</source>
        <translation>サーバーから読み込めませんでした</translation>
    </message>
    <message>
        <source>The database %1 is not empty; a team roadmap is set up only in an empty database (nothing was changed).</source>
        <translation>データベース %1 は空ではありません。チームロードマップは空のデータベースにのみ設定できます (何も変更していません)。</translation>
    </message>
    <message>
        <source>The roadmap could not be set up</source>
        <translation>ロードマップを設定できませんでした</translation>
    </message>
    <message>
        <source>You may not read the roadmap on %1: ask its administrator for access.</source>
        <translation>%1 のロードマップを読む権限がありません。管理者にアクセスを依頼してください。</translation>
    </message>
    <message>
        <source>The database %1 holds no roadmap. An administrator sets one up with &quot;jcroadmap server-init&quot; or &quot;jcroadmap publish&quot;.</source>
        <translation>データベース %1 にはロードマップがありません。管理者が「jcroadmap server-init」または「jcroadmap publish」で設定します。</translation>
    </message>
    <message>
        <source>The database %1 belongs to another application.</source>
        <translation>データベース %1 は別のアプリケーションのものです。</translation>
    </message>
    <message>
        <source>The roadmap on the server was set up by a newer version of the planner (schema %1); it is shown read-only.</source>
        <translation>サーバーのロードマップはより新しいバージョンのプランナーで設定されています (スキーマ %1)。読み取り専用で表示します。</translation>
    </message>
    <message>
        <source>The roadmap on the server has schema %1, which this version does not upgrade.</source>
        <translation>サーバーのロードマップのスキーマは %1 で、このバージョンでは更新できません。</translation>
    </message>
    <message>
        <source>The roadmap was opened read-only.</source>
        <translation>ロードマップは読み取り専用で開かれています。</translation>
    </message>
    <message>
        <source>%1: another officer is saving a change; try again in a moment.</source>
        <translation>%1: 別の担当者が変更を保存中です。しばらくしてからやり直してください。</translation>
    </message>
    <message>
        <source>%1: the server does not allow you to make this change (%2).</source>
        <translation>%1: サーバーはこの変更を許可していません (%2)。</translation>
    </message>
    <message>
        <source>%1: the roadmap is read-only.</source>
        <translation>%1: ロードマップは読み取り専用です。</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost (%2).</source>
        <translation>%1: サーバーへの接続が切れました (%2)。</translation>
    </message>
    <message>
        <source>The roadmap on the server is no longer a roadmap.</source>
        <translation>サーバーのロードマップはもはやロードマップではありません。</translation>
    </message>
    <message>
        <source>The roadmap on the server was changed to schema %1.</source>
        <translation>サーバーのロードマップはスキーマ %1 に変更されました。</translation>
    </message>
    <message>
        <source>A change is already being saved.</source>
        <translation>すでに変更を保存中です。</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>変更を保存できませんでした</translation>
    </message>
    <message>
        <source>No change is being saved.</source>
        <translation>保存中の変更はありません。</translation>
    </message>
    <message>
        <source>The server did not keep the change.</source>
        <translation>サーバーは変更を保持しませんでした。</translation>
    </message>
    <message>
        <source>Recording who changes the roadmap failed</source>
        <translation>変更者の記録に失敗しました</translation>
    </message>
    <message>
        <source>The item could not be saved</source>
        <translation>項目を保存できませんでした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted by someone else in the meantime.</source>
        <translation>「%1」はその間に他の人によって削除されました。</translation>
    </message>
    <message>
        <source>The server does not allow you to change &quot;%1&quot;.</source>
        <translation>サーバーは「%1」の変更を許可していません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else in the meantime.</source>
        <translation>「%1」はその間に他の人によって変更されました。</translation>
    </message>
    <message>
        <source>The organisations could not be saved</source>
        <translation>組織を保存できませんでした</translation>
    </message>
    <message>
        <source>The tags could not be saved</source>
        <translation>タグを保存できませんでした</translation>
    </message>
    <message>
        <source>The citations could not be saved</source>
        <translation>引用を保存できませんでした</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved</source>
        <translation>タグ「%1」を保存できませんでした</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved.</source>
        <translation>タグ「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The item could not be deleted</source>
        <translation>項目を削除できませんでした</translation>
    </message>
    <message>
        <source>The server does not allow you to delete &quot;%1&quot;.</source>
        <translation>サーバーは「%1」の削除を許可していません。</translation>
    </message>
    <message>
        <source>The item was changed or deleted by someone else in the meantime.</source>
        <translation>項目はその間に他の人によって変更または削除されました。</translation>
    </message>
    <message>
        <source>An update needs a valid date.</source>
        <translation>進捗報告には有効な日付が必要です。</translation>
    </message>
    <message>
        <source>The update could not be added</source>
        <translation>進捗報告を追加できませんでした</translation>
    </message>
    <message>
        <source>The update could not be removed</source>
        <translation>進捗報告を削除できませんでした</translation>
    </message>
    <message>
        <source>The update was removed by someone else in the meantime.</source>
        <translation>進捗報告はその間に他の人によって削除されました。</translation>
    </message>
    <message>
        <source>The dependency could not be added</source>
        <translation>依存関係を追加できませんでした</translation>
    </message>
    <message>
        <source>The dependency could not be removed</source>
        <translation>依存関係を削除できませんでした</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be added</source>
        <translation>組織「%1」を追加できませんでした</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be saved</source>
        <translation>組織「%1」を保存できませんでした</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; was changed or removed by someone else in the meantime.</source>
        <translation>組織「%1」はその間に他の人によって変更または削除されました。</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be removed</source>
        <translation>組織「%1」を削除できませんでした</translation>
    </message>
    <message>
        <source>The column limit could not be saved</source>
        <translation>列の上限を保存できませんでした</translation>
    </message>
    <message>
        <source>Reading a setting failed</source>
        <translation>設定の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is too long (%2 characters; at most %3).</source>
        <translation>設定「%1」が長すぎます (%2 文字、上限 %3 文字)。</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>設定を保存できませんでした</translation>
    </message>
    <message>
        <source>The priority area &quot;%1&quot; could not be added</source>
        <translation>優先分野「%1」を追加できませんでした</translation>
    </message>
    <message>
        <source>The source document &quot;%1&quot; could not be added</source>
        <translation>出典文書「%1」を追加できませんでした</translation>
    </message>
    <message>
        <source>The new source document could not be read back.</source>
        <translation>新しい出典文書を読み戻せませんでした。</translation>
    </message>
    <message>
        <source>Reading the settings failed</source>
        <translation>設定の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the priority areas failed</source>
        <translation>優先分野の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the organisations failed</source>
        <translation>組織の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the items failed</source>
        <translation>項目の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the item organisations failed</source>
        <translation>項目の組織の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the tags failed</source>
        <translation>タグの読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the dependencies failed</source>
        <translation>依存関係の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the source documents failed</source>
        <translation>出典文書の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the citations failed</source>
        <translation>引用の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the board settings failed</source>
        <translation>ボード設定の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the item failed</source>
        <translation>項目の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>項目はもう存在しません。</translation>
    </message>
    <message>
        <source>Reading the history failed</source>
        <translation>履歴の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s items failed</source>
        <translation>組織の項目の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the baselines failed</source>
        <translation>ベースラインの読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the baseline failed</source>
        <translation>ベースラインの読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The baseline no longer exists.</source>
        <translation>ベースラインはもう存在しません。</translation>
    </message>
    <message>
        <source>The baseline could not be saved</source>
        <translation>ベースラインを保存できませんでした</translation>
    </message>
    <message>
        <source>The baseline could not be renamed</source>
        <translation>ベースラインの名前を変更できませんでした</translation>
    </message>
    <message>
        <source>The baseline “%1” was renamed or deleted by someone else in the meantime.</source>
        <translation>ベースライン「%1」はその間に他の人によって名前を変更または削除されました。</translation>
    </message>
    <message>
        <source>The baseline could not be deleted</source>
        <translation>ベースラインを削除できませんでした</translation>
    </message>
    <message>
        <source>Reading the record of change failed</source>
        <translation>変更記録の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by the authority in %1 (or it has expired), so the server cannot be trusted. Check that this is the authority&apos;s certificate your IT service gave you for this server.</source>
        <translation>サーバーの証明書は %1 の認証局によって署名されていない (または有効期限が切れている) ため、このサーバーは信頼できません。このサーバー用に情報システム部門から受け取った認証局の証明書であることを確認してください。</translation>
    </message>
    <message>
        <source>the authority&apos;s certificate %1 does not exist. Choose the file your IT service gave you (sslrootcert=FILE).</source>
        <translation>認証局の証明書 %1 が存在しません。情報システム部門から受け取ったファイルを選んでください (sslrootcert=ファイル)。</translation>
    </message>
    <message>
        <source>%1 is not an authority&apos;s certificate the planner can read (a PEM file is expected).</source>
        <translation>%1 はプランナーが読み取れる認証局の証明書ではありません (PEM ファイルが必要です)。</translation>
    </message>
    <message>
        <source>the server does not offer TLS, which the address asks for (sslmode=%1).</source>
        <translation>アドレスが TLS を要求していますが (sslmode=%1)、サーバーは TLS を提供していません。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for &quot;%1&quot;, not for &quot;%2&quot;, the server name in the address. Connect with the name the certificate is for, or ask the server&apos;s administrator.</source>
        <translation>サーバーの証明書は「%1」用であり、アドレスに書かれたサーバー名「%2」用ではありません。証明書に記載された名前で接続するか、サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for &quot;%1&quot; and other names, but not for &quot;%2&quot;, the server name in the address. Connect with a name the certificate is for, or ask the server&apos;s administrator.</source>
        <translation>サーバーの証明書は「%1」などの名前用であり、アドレスに書かれたサーバー名「%2」用ではありません。証明書に記載された名前で接続するか、サーバーの管理者に問い合わせてください。</translation>
    </message>
    <message>
        <source>You may not edit the items of priority area %1, &quot;%2&quot;: the roadmap&apos;s administrator has given that area to its own editors.</source>
        <translation>優先分野 %1「%2」の項目は編集できません。ロードマップの管理者がこの分野を担当の編集者に限定しています。</translation>
    </message>
    <message>
        <source>the server did not answer within %1 seconds; the connection is opened again for the next change</source>
        <translation>サーバーが %1 秒以内に応答しませんでした。次の変更の際に接続し直します</translation>
    </message>
    <message>
        <source>the server does not answer</source>
        <translation>サーバーが応答しません</translation>
    </message>
</context>
<context>
    <name>jcr::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>お名前(&amp;Y):</translation>
    </message>
    <message>
        <source>Signs the status updates you add. It is kept on this computer, not in the roadmap.</source>
        <translation>追加する進捗報告に署名として付きます。ロードマップではなく、このコンピューターに保存されます。</translation>
    </message>
</context>
<context>
    <name>jcr::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>最近使ったファイルはありません</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>jcr::RemoveOrganisationCommand</name>
    <message>
        <source>Remove organisation “%1”</source>
        <translation>組織「%1」を削除</translation>
    </message>
</context>
<context>
    <name>jcr::RenameBaselineCommand</name>
    <message>
        <source>Rename baseline “%1”</source>
        <translation>ベースライン「%1」の名前を変更</translation>
    </message>
</context>
<context>
    <name>jcr::ReportActions</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>印刷プレビュー(&amp;V)…</translation>
    </message>
    <message>
        <source>See a status report, briefing or board print before printing.</source>
        <translation>進捗状況報告書、説明資料またはボード印刷を印刷前に確認します。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print a status report, briefing or board print.</source>
        <translation>進捗状況報告書、説明資料またはボード印刷を印刷します。</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>PDF をエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Save a status report, briefing or board print as PDF.</source>
        <translation>進捗状況報告書、説明資料またはボード印刷を PDF として保存します。</translation>
    </message>
    <message>
        <source>No roadmap is open.</source>
        <translation>ロードマップが開かれていません。</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>説明資料</translation>
    </message>
    <message>
        <source>board</source>
        <translation>ボード</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>印刷プレビュー</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>印刷: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF のエクスポート</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>jcr::ReportModel</name>
    <message>
        <source>There is no baseline named “%1” in this roadmap.</source>
        <translation>このロードマップには「%1」という名前のベースラインがありません。</translation>
    </message>
</context>
<context>
    <name>jcr::ReportOptions</name>
    <message>
        <source>Status report</source>
        <translation>進捗状況報告書</translation>
    </message>
    <message>
        <source>One-page briefing</source>
        <translation>1 ページの説明資料</translation>
    </message>
    <message>
        <source>Board print</source>
        <translation>ボード印刷</translation>
    </message>
</context>
<context>
    <name>jcr::ReportOptionsDialog</name>
    <message>
        <source>Report Options</source>
        <translation>報告書のオプション</translation>
    </message>
    <message>
        <source>Priority areas</source>
        <translation>優先分野</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Always report as of the day the report is made.</source>
        <translation>常に作成日現在で報告します。</translation>
    </message>
    <message>
        <source>Start of &quot;completed since&quot; and &quot;changes since&quot;.</source>
        <translation>「以降の完了」と「以降の変更」の起点です。</translation>
    </message>
    <message>
        <source>Include item descriptions</source>
        <translation>項目の説明を含める</translation>
    </message>
    <message>
        <source>Add the &amp;traceability annex (sources → items)</source>
        <translation>出典対応の別添を追加(&amp;T) (出典 → 項目)</translation>
    </message>
    <message>
        <source>Status report: each commitment sentence of the source documents with the items that track it and their status; untracked sentences are listed.</source>
        <translation>進捗状況報告書: 出典文書のコミットメントの各文を、対応する項目とその状況とともに示します。対応する項目のない文も列挙します。</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>Automatic (status portrait, others landscape)</source>
        <translation>自動 (進捗状況報告書は縦、その他は横)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page. Empty: the document&apos;s marking.</source>
        <translation>各ページの上下に印刷されます。空欄の場合は文書の区分表示を使用します。</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>報告書(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>基準日(&amp;A):</translation>
    </message>
    <message>
        <source>Changes &amp;since:</source>
        <translation>変更の起点(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>向き(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>秘密区分(&amp;C):</translation>
    </message>
    <message>
        <source>The choices could not be remembered in the roadmap file: %1</source>
        <translation>選択内容をロードマップファイルに記録できませんでした: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Status report: a &quot;Slippage against&quot; section and the count in the summary; briefing: the slip of each key milestone.</source>
        <translation>進捗状況報告書: 「遅延」の節と概要の件数。説明資料: 主要マイルストーンごとの遅延。</translation>
    </message>
    <message>
        <source>Slippage against &amp;baseline:</source>
        <translation>遅延の比較対象ベースライン(&amp;B):</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>秘密区分表示</translation>
    </message>
    <message>
        <source>As the interface (%1)</source>
        <translation>画面と同じ (%1)</translation>
    </message>
    <message>
        <source>Headings, dates, page numbers and item titles of the report are in this language.</source>
        <translation>報告書の見出し、日付、ページ番号、項目のタイトルをこの言語で出力します。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>jcr::ReportRenderer</name>
    <message>
        <source>Status as of %1; classification %2</source>
        <translation>%1 現在の状況、秘密区分 %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>記入者: %1</translation>
    </message>
    <message>
        <source>not dated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>status → %1</source>
        <translation>状況 → %1</translation>
    </message>
    <message>
        <source>health → %1</source>
        <translation>健全性 → %1</translation>
    </message>
    <message>
        <source>. </source>
        <translation>。</translation>
    </message>
    <message>
        <source>Latest update, %1%2: %3</source>
        <translation>最新の進捗報告 (%1%2): %3</translation>
    </message>
    <message>
        <source>all priority areas</source>
        <translation>すべての優先分野</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>start overdue by 1 day</source>
        <translation>開始が 1 日遅延</translation>
    </message>
    <message>
        <source>start overdue by %1 days</source>
        <translation>開始が %1 日遅延</translation>
    </message>
    <message>
        <source>overdue by 1 day</source>
        <translation>1 日超過</translation>
    </message>
    <message>
        <source>overdue by %1 days</source>
        <translation>%1 日超過</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1 件</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主導</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · %2 現在</translation>
    </message>
    <message>
        <source>Could not start printing.</source>
        <translation>印刷を開始できませんでした。</translation>
    </message>
    <message>
        <source>Could not start a new page.</source>
        <translation>新しいページを開始できませんでした。</translation>
    </message>
    <message>
        <source>Could not finish printing.</source>
        <translation>印刷を完了できませんでした。</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>%1 現在の状況</translation>
    </message>
    <message>
        <source>Classification: %1 · Changes since %2 · Covers %3</source>
        <translation>秘密区分: %1 · %2 以降の変更 · 対象: %3</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>items in the report, %1 of them active</source>
        <translation>件の項目 (うち未完了 %1 件)</translation>
    </message>
    <message>
        <source>overall progress</source>
        <translation>全体の進捗</translation>
    </message>
    <message>
        <source>overdue; %1 at risk or off track</source>
        <translation>件が期限超過、%1 件が要注意または難航</translation>
    </message>
    <message>
        <source>days to the centennial (1 January %1)</source>
        <translation>日 (100周年の %1年1月1日まで)</translation>
    </message>
    <message>
        <source>Priority area</source>
        <translation>優先分野</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>All selected areas</source>
        <translation>選択したすべての分野</translation>
    </message>
    <message>
        <source>An area is at risk when a quarter or more of its active items are at risk, off track or overdue, and off track when a quarter or more are off track.</source>
        <translation>未完了の項目の 4 分の 1 以上が要注意、難航または期限超過の分野は要注意、4 分の 1 以上が難航の分野は難航とします。</translation>
    </message>
    <message numerus="yes">
        <source>Upcoming: the next %n days (to %1)</source>
        <translation>
            <numerusform>今後の予定: 今後 %n 日間 (%1 まで)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing starts or falls due in this period.</source>
        <translation>この期間に開始または期限を迎える項目はありません。</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Overdue and at risk</source>
        <translation>期限超過・要注意</translation>
    </message>
    <message>
        <source>No active item is overdue, at risk or off track.</source>
        <translation>期限超過、要注意または難航の未完了項目はありません。</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Completed since %1</source>
        <translation>%1 以降の完了</translation>
    </message>
    <message>
        <source>No item was completed in this period.</source>
        <translation>この期間に完了した項目はありません。</translation>
    </message>
    <message>
        <source>Changes since %1</source>
        <translation>%1 以降の変更</translation>
    </message>
    <message>
        <source>No change was recorded in this period.</source>
        <translation>この期間に記録された変更はありません。</translation>
    </message>
    <message>
        <source>%1 items added</source>
        <translation>%1 件の項目を追加</translation>
    </message>
    <message>
        <source>%1 items removed</source>
        <translation>%1 件の項目を削除</translation>
    </message>
    <message>
        <source>Item added</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation>項目を削除</translation>
    </message>
    <message>
        <source>Status → %1</source>
        <translation>状況 → %1</translation>
    </message>
    <message>
        <source>Health → %1</source>
        <translation>健全性 → %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>By</source>
        <translation>記入者</translation>
    </message>
    <message>
        <source>Priority area %1: %2</source>
        <translation>優先分野 %1: %2</translation>
    </message>
    <message>
        <source> · %1 done · %2 % progress · %3 overdue · %4 at risk or off track · health: %5</source>
        <translation> · 完了 %1 件 · 進捗 %2% · 期限超過 %3 件 · 要注意または難航 %4 件 · 健全性: %5</translation>
    </message>
    <message>
        <source>This area has no items yet.</source>
        <translation>この分野にはまだ項目がありません。</translation>
    </message>
    <message>
        <source>No item of this area is dated yet, so it has no timeline.</source>
        <translation>この分野にはまだ日付のある項目がないため、タイムラインはありません。</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Briefing as of %1 · %2 days to the centennial · %3 items, %4 % overall progress · %5 overdue, %6 at risk or off track</source>
        <translation>%1 現在の説明資料 · 100周年まであと %2 日 · 項目 %3 件、全体の進捗 %4% · 期限超過 %5 件、要注意または難航 %6 件</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Priority areas at a glance</source>
        <translation>優先分野の概況</translation>
    </message>
    <message>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the status report)</source>
        <translation>
            <numerusform>… ほか %n 件 (進捗状況報告書を参照)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next key milestones (%n days)</source>
        <translation>
            <numerusform>今後の主なマイルストーン (%n 日間)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the next %n days.</source>
        <translation>
            <numerusform>今後 %n 日間に期限を迎える項目はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Items at risk or overdue</source>
        <translation>要注意または期限超過の項目</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Board as of %1 · %2</source>
        <translation>%1 現在のボード · %2</translation>
    </message>
    <message>
        <source>Board as of %1 (continued)</source>
        <translation>%1 現在のボード (続き)</translation>
    </message>
    <message>
        <source>%1, cont.</source>
        <translation>%1 (続き)。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Annex: traceability to the source documents</source>
        <translation>別添: 出典文書との対応</translation>
    </message>
    <message>
        <source>Each sentence of the source documents that reads as a commitment, the items that track it and their status. A sentence no item tracks is marked &quot;not tracked&quot;.</source>
        <translation>出典文書のうちコミットメントと読める各文と、それに対応する項目およびその状況。対応する項目のない文には「未対応」と表示します。</translation>
    </message>
    <message>
        <source>The roadmap has no source document with commitment sentences.</source>
        <translation>このロードマップには、コミットメントの文を含む出典文書がありません。</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>コミットメント</translation>
    </message>
    <message>
        <source>Tracked by (status)</source>
        <translation>対応項目 (状況)</translation>
    </message>
    <message>
        <source>not tracked</source>
        <translation>未対応</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>文書番号 %1</translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation>起案: %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>決裁: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) slipped against the baseline “%1” of %2 (see Slippage).</source>
        <translation>
            <numerusform>ベースライン「%1」 (%2) に対して %n 件が遅延しています (「遅延」を参照)。</numerusform>
        </translation>
    </message>
    <message>
        <source>slipped %1 · </source>
        <translation>遅延 %1 · </translation>
    </message>
    <message>
        <source>Slippage against %1</source>
        <translation>%1 に対する遅延</translation>
    </message>
    <message>
        <source>Items whose due date (the end; without one, the start) lies in a later period than in the baseline of %1. Slip is counted in the precision of the vaguer of the two dates: Q3 to Q4 is one quarter, and a date that only became more exact within its period has not slipped.</source>
        <translation>期限 (終了日。終了日がない場合は開始日) が %1 のベースラインより後の期間にある項目。遅延は二つの日付のうち粗い方の精度で数えます。第3四半期から第4四半期は1四半期の遅延であり、同じ期間内で日付がより具体的になっただけのものは遅延ではありません。</translation>
    </message>
    <message>
        <source>No item has slipped against this baseline.</source>
        <translation>このベースラインに対して遅延している項目はありません。</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Slip</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>主要メッセージ</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>今後の対応</translation>
    </message>
</context>
<context>
    <name>jcr::ReportTimeline</name>
    <message>
        <source>As of %1</source>
        <translation>%1 現在</translation>
    </message>
    <message>
        <source>Centennial %1</source>
        <translation>100周年 %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n not shown</source>
        <translation>
            <numerusform>+%n 件非表示</numerusform>
        </translation>
    </message>
    <message>
        <source>No dated items</source>
        <translation>日付のある項目なし</translation>
    </message>
    <message>
        <source>None in this period</source>
        <translation>この期間には該当なし</translation>
    </message>
    <message>
        <source>Item with dates</source>
        <translation>日付のある項目</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>At risk (▲) or overdue</source>
        <comment>legend: the amber outline and the mark</comment>
        <translation>要注意 (▲) または期限超過</translation>
    </message>
    <message>
        <source>Off track (✖)</source>
        <comment>legend: the red outline and the mark</comment>
        <translation>難航 (✖)</translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapDocument</name>
    <message>
        <source>The file is damaged (%1). It is shown read-only; restore a backup or open a copy.</source>
        <translation>ファイルが破損しています (%1)。読み取り専用で表示しています。バックアップから復元するか、コピーを開いてください。</translation>
    </message>
    <message>
        <source>%1 can only be opened read-only: %2</source>
        <translation>%1 は読み取り専用でしか開けません: %2</translation>
    </message>
    <message>
        <source>The item cannot cite this passage: %1.</source>
        <translation>この項目ではこの箇所を引用できません: %1。</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>この項目はもう存在しません。</translation>
    </message>
    <message>
        <source>The priority area of &quot;%1&quot; no longer exists.</source>
        <translation>「%1」の優先分野はもう存在しません。</translation>
    </message>
    <message>
        <source>%1 To protect your data, the roadmap is no longer read or edited here; close it and open it again.</source>
        <translation>%1 データを保護するため、ここではロードマップの読み込みと編集を停止しました。いったん閉じてから開き直してください。</translation>
    </message>
    <message>
        <source>The roadmap was changed by another program but could not be re-read: %1</source>
        <translation>別のプログラムがロードマップを変更しましたが、読み込み直せませんでした: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; no longer exists.</source>
        <translation>「%1」はもう存在しません。</translation>
    </message>
    <message>
        <source>The imported items could not be read back.</source>
        <translation>インポートした項目を読み込み直せませんでした。</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>この組織はもう存在しません。</translation>
    </message>
    <message>
        <source>An item of “%1” was added by someone else in the meantime.</source>
        <translation>その間に他の人が「%1」に項目を追加しました。</translation>
    </message>
    <message>
        <source>The connection to the server is lost (%1). Your change is kept and saved when it is back.</source>
        <translation>サーバーへの接続が切れました (%1)。変更は保持され、接続が戻りしだい保存されます。</translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapExporter</name>
    <message>
        <source>%1: the file name must end in .csv, .xlsx, .ics or .json.</source>
        <translation>%1: ファイル名は .csv、.xlsx、.ics または .json で終わる必要があります。</translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapImporter</name>
    <message numerus="yes">
        <source>%n row(s) were rejected; nothing was imported.</source>
        <translation>
            <numerusform>%n 行が却下されたため、何もインポートしていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <extracomment>the undo step of an import; %1 is a file name</extracomment>
        <translation>%1 をインポート</translation>
    </message>
</context>
<context>
    <name>jcr::RoadmapRepository</name>
    <message>
        <source>Reading the settings failed</source>
        <translation>設定の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the priority areas failed</source>
        <translation>優先分野の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the organisations failed</source>
        <translation>組織の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the items failed</source>
        <translation>項目の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the item organisations failed</source>
        <translation>項目の組織の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the tags failed</source>
        <translation>タグの読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the dependencies failed</source>
        <translation>依存関係の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>Reading the board settings failed</source>
        <translation>ボードの設定の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>この項目はもう存在しません。</translation>
    </message>
    <message>
        <source>Reading the item failed</source>
        <translation>項目の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The item could not be added</source>
        <translation>項目を追加できませんでした</translation>
    </message>
    <message>
        <source>The organisations could not be saved</source>
        <translation>組織を保存できませんでした</translation>
    </message>
    <message>
        <source>The tags could not be saved</source>
        <translation>タグを保存できませんでした</translation>
    </message>
    <message>
        <source>The item could not be saved</source>
        <translation>項目を保存できませんでした</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted by someone else in the meantime.</source>
        <translation>その間に他の人が「%1」を削除しました。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by someone else in the meantime.</source>
        <translation>その間に他の人が「%1」を変更しました。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved</source>
        <translation>タグ「%1」を保存できませんでした</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; could not be saved.</source>
        <translation>タグ「%1」を保存できませんでした。</translation>
    </message>
    <message>
        <source>The item could not be deleted</source>
        <translation>項目を削除できませんでした</translation>
    </message>
    <message>
        <source>The item was changed or deleted by someone else in the meantime.</source>
        <translation>その間に他の人がこの項目を変更または削除しました。</translation>
    </message>
    <message>
        <source>Reading the history failed</source>
        <translation>履歴の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>An update needs a valid date.</source>
        <translation>進捗報告には有効な日付が必要です。</translation>
    </message>
    <message>
        <source>The update could not be added</source>
        <translation>進捗報告を追加できませんでした</translation>
    </message>
    <message>
        <source>The update could not be removed</source>
        <translation>進捗報告を削除できませんでした</translation>
    </message>
    <message>
        <source>The update was removed by someone else in the meantime.</source>
        <translation>その間に他の人がこの進捗報告を削除しました。</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be added</source>
        <translation>組織「%1」を追加できませんでした</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be saved</source>
        <translation>組織「%1」を保存できませんでした</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; was changed or removed by someone else in the meantime.</source>
        <translation>その間に他の人が組織「%1」を変更または削除しました。</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; could not be removed</source>
        <translation>組織「%1」を削除できませんでした</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s items failed</source>
        <translation>組織の項目の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The dependency could not be added</source>
        <translation>依存関係を追加できませんでした</translation>
    </message>
    <message>
        <source>The dependency could not be removed</source>
        <translation>依存関係を削除できませんでした</translation>
    </message>
    <message>
        <source>The column limit could not be saved</source>
        <translation>列の上限を保存できませんでした</translation>
    </message>
    <message>
        <source>Reading a setting failed</source>
        <translation>設定の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; is too long (%2 characters; at most %3).</source>
        <translation>設定「%1」が長すぎます (%2 文字。上限は %3 文字)。</translation>
    </message>
    <message>
        <source>The setting could not be saved</source>
        <translation>設定を保存できませんでした</translation>
    </message>
    <message>
        <source>The priority area &quot;%1&quot; could not be added</source>
        <translation>優先分野「%1」を追加できませんでした</translation>
    </message>
    <message>
        <source>The seed names an unknown organisation &quot;%1&quot;.</source>
        <translation>初期データに不明な組織「%1」が記載されています。</translation>
    </message>
    <message>
        <source>The seed item &quot;%1&quot; cites a source document the seed does not define.</source>
        <translation>初期データの項目「%1」は、初期データで定義されていない出典文書を引用しています。</translation>
    </message>
    <message>
        <source>Reading the translations failed</source>
        <translation>翻訳の読み込みに失敗しました</translation>
    </message>
</context>
<context>
    <name>jcr::SchemaValidator</name>
    <message>
        <source>The file&apos;s table of contents cannot be read (%1).</source>
        <translation>ファイルの目次を読み込めません (%1)。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is missing from the file.</source>
        <translation>ファイルに %1「%2」がありません。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; differs from the roadmap schema.</source>
        <translation>%1「%2」がロードマップのスキーマと異なります。</translation>
    </message>
    <message>
        <source>The file contains an unexpected %1 &quot;%2&quot;.</source>
        <translation>ファイルに想定外の %1「%2」があります。</translation>
    </message>
</context>
<context>
    <name>jcr::ServerAddress</name>
    <message>
        <source>&quot;%1&quot; is not a server address (postgresql://…).</source>
        <translation>「%1」はサーバーのアドレスではありません (postgresql://…)。</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not valid: %2</source>
        <translation>サーバーのアドレス「%1」は無効です: %2</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; is not a port number.</source>
        <translation>ポート「%1」はポート番号ではありません。</translation>
    </message>
    <message>
        <source>The server address has an option the planner does not know: &quot;%1&quot;.</source>
        <translation>サーバーのアドレスに、プランナーが認識できないオプションがあります: 「%1」。</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; names no database: add it after the host, as in postgresql://officer@db.example/roadmap.</source>
        <translation>サーバーのアドレス「%1」にデータベース名がありません。postgresql://officer@db.example/roadmap のように、ホストの後に追加してください。</translation>
    </message>
    <message>
        <source>A verified TLS connection needs the certificate of the authority that signed the server&apos;s (sslrootcert=FILE).</source>
        <translation>検証付きの TLS 接続には、サーバーの証明書に署名した認証局の証明書が必要です (sslrootcert=ファイル)。</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上の %1</translation>
    </message>
    <message>
        <source>Do not write the password into the server address: type it into File ▸ Connect to Team Roadmap…, which keeps it in memory only, or put it in ~/.pgpass.</source>
        <translation>サーバーのアドレスにパスワードを書かないでください。［ファイル］▸［チームロードマップに接続…］で入力すると、メモリー内にだけ保持されます。または ~/.pgpass に記入してください。</translation>
    </message>
</context>
<context>
    <name>jcr::SetWipLimitCommand</name>
    <message>
        <source>Set limit of “%1”</source>
        <translation>「%1」の上限を設定</translation>
    </message>
</context>
<context>
    <name>jcr::Slip</name>
    <message>
        <source>new date</source>
        <translation>新たに日付設定</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n か月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s)</source>
        <translation>
            <numerusform>%n 四半期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n 年</numerusform>
        </translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>newly dated</source>
        <translation>新たに日付設定</translation>
    </message>
    <message>
        <source>date removed</source>
        <translation>日付削除</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) later</source>
        <translation>
            <numerusform>%n 日遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) earlier</source>
        <translation>
            <numerusform>%n 日前倒し</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) later</source>
        <translation>
            <numerusform>%n か月遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) earlier</source>
        <translation>
            <numerusform>%n か月前倒し</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) later</source>
        <translation>
            <numerusform>%n 四半期遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quarter(s) earlier</source>
        <translation>
            <numerusform>%n 四半期前倒し</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) later</source>
        <translation>
            <numerusform>%n 年遅れ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) earlier</source>
        <translation>
            <numerusform>%n 年前倒し</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jcr::SourceCoverage</name>
    <message numerus="yes">
        <source>%1 of %n commitment sentence(s) tracked</source>
        <translation>
            <numerusform>コミットメントの文 %n 件中 %1 件に対応</numerusform>
        </translation>
    </message>
    <message>
        <source>the cited source document %1 does not exist</source>
        <translation>引用された出典文書 %1 は存在しません</translation>
    </message>
    <message>
        <source>the cited passage is empty</source>
        <translation>引用箇所が空です</translation>
    </message>
    <message>
        <source>the cited passage does not occur verbatim in &quot;%1&quot;</source>
        <translation>引用箇所が「%1」に一字一句そのままの形で含まれていません</translation>
    </message>
</context>
<context>
    <name>jcr::SourceImport</name>
    <message>
        <source>%1 is not a .txt or .md file: import the official text as UTF-8 plain text or Markdown.</source>
        <translation>%1 は .txt または .md ファイルではありません。公式文書は UTF-8 のプレーンテキストまたは Markdown としてインポートしてください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a source document (at most %2 characters).</source>
        <translation>%1 は出典文書として大きすぎます (上限 %2 文字)。</translation>
    </message>
    <message>
        <source>%1 is not a text file.</source>
        <translation>%1 はテキストファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8: save it as UTF-8 and import it again.</source>
        <translation>%1 は有効な UTF-8 ではありません。UTF-8 で保存してから、もう一度インポートしてください。</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>タイトルは必須です。</translation>
    </message>
    <message>
        <source>The title is longer than 500 characters.</source>
        <translation>タイトルが 500 文字を超えています。</translation>
    </message>
    <message>
        <source>The text is empty.</source>
        <translation>テキストが空です。</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>テキストが %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The place is longer than 200 characters.</source>
        <translation>場所が 200 文字を超えています。</translation>
    </message>
    <message>
        <source>The link is longer than 2000 characters.</source>
        <translation>リンクが 2000 文字を超えています。</translation>
    </message>
</context>
<context>
    <name>jcr::SourceRepository</name>
    <message>
        <source>Reading the source documents failed</source>
        <translation>出典文書の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The source document &quot;%1&quot; could not be added</source>
        <translation>出典文書「%1」を追加できませんでした</translation>
    </message>
    <message>
        <source>The new source document could not be read back.</source>
        <translation>新しい出典文書を読み込み直せませんでした。</translation>
    </message>
    <message>
        <source>Reading the citations failed</source>
        <translation>引用の読み込みに失敗しました</translation>
    </message>
    <message>
        <source>The citations could not be saved</source>
        <translation>引用を保存できませんでした</translation>
    </message>
</context>
<context>
    <name>jcr::SourceTextView</name>
    <message>
        <source>Commitment not tracked by any item: select it and choose New Item from Passage.</source>
        <translation>どの項目も対応していないコミットメントです。選択して「箇所から新しい項目」を選んでください。</translation>
    </message>
    <message>
        <source>Cited by:
%1
(click to show the item)</source>
        <translation>引用元の項目:
%1
(クリックで項目を表示)</translation>
    </message>
</context>
<context>
    <name>jcr::SourcesView</name>
    <message>
        <source>&amp;Source:</source>
        <translation>出典(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Import Source…</source>
        <translation>出典をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>New Item from &amp;Passage</source>
        <translation>箇所から新しい項目(&amp;P)</translation>
    </message>
    <message>
        <source>Select a passage of the text, then create an item that cites it.</source>
        <translation>本文の箇所を選択してから、その箇所を引用する項目を作成します。</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#ffefb0&apos;&gt;&amp;nbsp;cited by an item&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffc93c&apos;&gt;&amp;nbsp;cited by the selected item&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fddcdc; text-decoration: underline; color:#8a0012&apos;&gt;&amp;nbsp;commitment no item tracks&amp;nbsp;&lt;/span&gt; — click a highlight to show its item; select words, then New Item from Passage.</source>
        <translation>&lt;span style=&apos;background:#ffefb0&apos;&gt;&amp;nbsp;項目が引用&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffc93c&apos;&gt;&amp;nbsp;選択中の項目が引用&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fddcdc; text-decoration: underline; color:#8a0012&apos;&gt;&amp;nbsp;対応項目のないコミットメント&amp;nbsp;&lt;/span&gt; — 強調表示をクリックするとその項目を表示します。語句を選択してから「箇所から新しい項目」を選んでください。</translation>
    </message>
    <message>
        <source>This roadmap has no source document yet. Import the official text with Import Source…</source>
        <translation>このロードマップにはまだ出典文書がありません。「出典をインポート…」で公式文書をインポートしてください。</translation>
    </message>
    <message>
        <source>%1 in this text · %2 in all sources</source>
        <translation>この文書で %1 · 全出典で %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>「%1」: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cited passage(s) no longer occur in their source (changed outside the planner):</source>
        <translation>
            <numerusform>%n 件の引用箇所が出典に見当たらなくなりました (プランナー以外で変更されています):</numerusform>
        </translation>
    </message>
    <message>
        <source>New Item from Passage</source>
        <translation>箇所から新しい項目</translation>
    </message>
    <message>
        <source>The item could not be created.</source>
        <translation>項目を作成できませんでした。</translation>
    </message>
    <message>
        <source>Import Source Document</source>
        <translation>出典文書のインポート</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>出典の本文</translation>
    </message>
</context>
<context>
    <name>jcr::SqliteStore</name>
    <message>
        <source>%1 is not a roadmap file; only a file&apos;s content can replace this file&apos;s.</source>
        <translation>%1 はロードマップファイルではありません。このファイルの内容を置き換えられるのは、ファイルの内容だけです。</translation>
    </message>
</context>
<context>
    <name>jcr::TeamRoadmapConnector</name>
    <message>
        <source>The desktop keyring did not keep the password: %1</source>
        <translation>デスクトップのキーリングにパスワードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Connect to Team Roadmap</source>
        <translation>チームロードマップに接続</translation>
    </message>
    <message>
        <source>The password came from the desktop keyring. Forget it there, so that you can type the new one?</source>
        <translation>このパスワードはデスクトップのキーリングから取得したものです。新しいパスワードを入力できるよう、キーリングから削除しますか?</translation>
    </message>
    <message>
        <source>&amp;Forget the Password</source>
        <translation>パスワードを削除(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keep It</source>
        <translation>残す(&amp;K)</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineChart</name>
    <message>
        <source>No dates</source>
        <translation>日付なし</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Number of items in a timeline lane</extracomment>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>zoom in for labels</source>
        <translation>拡大するとラベルを表示</translation>
    </message>
    <message>
        <source>too many for labels</source>
        <translation>多すぎてラベルを表示できません</translation>
    </message>
    <message>
        <source>Joint Statement</source>
        <translation>共同声明</translation>
    </message>
    <message>
        <source>Centennial %1</source>
        <translation>100周年 %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <comment>a timeline label</comment>
        <translation>%1 (期限超過)</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineChartView</name>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健全性</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主導</translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation>項目の日程を設定</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineImageWriter</name>
    <message>
        <source>Unknown image type &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation>不明な画像形式「%1」です。.png、.svg または .pdf を使用してください。</translation>
    </message>
    <message>
        <source>Japan–Canada Roadmap timeline, %1 – %2</source>
        <translation>日加ロードマップ タイムライン、%1～%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>the image is too large for the memory available</source>
        <translation>画像が大きすぎて使用可能なメモリに収まりません</translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation>画像を描画できませんでした</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineItemAccessible</name>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Move earlier by one step</source>
        <translation>1 段階前へ移動</translation>
    </message>
    <message>
        <source>Move later by one step</source>
        <translation>1 段階後へ移動</translation>
    </message>
    <message>
        <source>Opens the item in the editor</source>
        <translation>項目をエディターで開きます</translation>
    </message>
    <message>
        <source>Moves the item&apos;s dates by one step of the zoom or of its own precision</source>
        <translation>項目の日付を、ズームまたは日付自体の精度で 1 段階移動します</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineLaneAccessible</name>
    <message numerus="yes">
        <source>%1 %2, %n item(s)</source>
        <extracomment>A timeline lane for a screen reader: &quot;1 Security &amp; Defence, 5 items&quot;</extracomment>
        <translation>
            <numerusform>%1 %2、%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Folded lane of the timeline</source>
        <translation>折りたたまれたタイムラインのスイムレーン</translation>
    </message>
    <message>
        <source>Lane of the timeline</source>
        <translation>タイムラインのスイムレーン</translation>
    </message>
</context>
<context>
    <name>jcr::TimelineView</name>
    <message>
        <source>Items without dates. Drag one onto the timeline to schedule it.</source>
        <translation>日付のない項目です。タイムラインにドラッグすると日程を設定できます。</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>週</translation>
    </message>
    <message>
        <source>Zoom to weeks</source>
        <translation>週単位で表示</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Zoom to months</source>
        <translation>月単位で表示</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Zoom to quarters</source>
        <translation>四半期単位で表示</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Zoom to years</source>
        <translation>年単位で表示</translation>
    </message>
    <message>
        <source>Fit All</source>
        <translation>全体を表示</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Show the whole Roadmap to the centennial (Ctrl+0)</source>
        <translation>100周年までのロードマップ全体を表示 (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Scroll to today</source>
        <translation>今日へ移動</translation>
    </message>
    <message>
        <source>Export Image…</source>
        <translation>画像をエクスポート…</translation>
    </message>
    <message>
        <source>Save the timeline as a PNG or SVG image for slides</source>
        <translation>スライド用にタイムラインを PNG または SVG 画像として保存します</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unscheduled&lt;/b&gt; (%1)&lt;br&gt;&lt;small&gt;Drag onto the timeline to give dates.&lt;/small&gt;</source>
        <translation>&lt;b&gt;日程未定&lt;/b&gt; (%1)&lt;br&gt;&lt;small&gt;タイムラインにドラッグすると日付を設定できます。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Export Timeline Image</source>
        <translation>タイムライン画像のエクスポート</translation>
    </message>
    <message>
        <source>Unscheduled items</source>
        <translation>日程未定の項目</translation>
    </message>
    <message>
        <source>More timeline tools</source>
        <translation>その他のタイムライン ツール</translation>
    </message>
</context>
<context>
    <name>jcr::XlsxExporter</name>
    <message>
        <source>Item %1 (“%2”) has a text longer than Excel&apos;s %3 characters per cell; export it as CSV or JSON instead.</source>
        <translation>項目 %1 (「%2」) に Excel のセルあたりの上限 %3 文字を超えるテキストがあります。代わりに CSV または JSON でエクスポートしてください。</translation>
    </message>
    <message>
        <source>A status update of item %1 is longer than Excel&apos;s %2 characters per cell; export it as CSV or JSON instead.</source>
        <translation>項目 %1 の進捗報告が Excel のセルあたりの上限 %2 文字を超えています。代わりに CSV または JSON でエクスポートしてください。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook: %1</source>
        <translation>ブック用の一時フォルダーを作成できません: %1</translation>
    </message>
    <message>
        <source>The workbook could not be created.</source>
        <translation>ブックを作成できませんでした。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Status updates</source>
        <translation>進捗報告</translation>
    </message>
    <message>
        <source>The workbook could not be written: %1</source>
        <translation>ブックを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The workbook could not be read back: %1</source>
        <translation>ブックを読み込み直せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>jcr::XlsxReader</name>
    <message>
        <source>The workbook is damaged: %1 cannot be read.</source>
        <translation>ブックが破損しています。%1 を読み込めません。</translation>
    </message>
    <message>
        <source>The workbook&apos;s part %1 is too large to import (%2 MB).</source>
        <translation>ブックのパーツ %1 は大きすぎてインポートできません (%2 MB)。</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 cannot be opened (%2).</source>
        <translation>ブックが破損しています。%1 を開けません (%2)。</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 is cut off.</source>
        <translation>ブックが破損しています。%1 が途中で切れています。</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1</source>
        <translation>ブックの共有文字列が破損しています: %1</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx): it is not a ZIP package.</source>
        <translation>このファイルは Excel ブック (.xlsx) ではありません。ZIP パッケージではありません。</translation>
    </message>
    <message>
        <source>The file is a ZIP package but not an Excel workbook (it has no xl/workbook.xml).</source>
        <translation>このファイルは ZIP パッケージですが、Excel ブックではありません (xl/workbook.xml がありません)。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its first sheet (%1) is missing.</source>
        <translation>ブックが破損しています。最初のシート (%1) がありません。</translation>
    </message>
    <message>
        <source>it has a value in column %1, right of the last titled column</source>
        <translation>見出しのある最後の列より右の %1 列に値があります</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a cell reference; the workbook is damaged.</source>
        <translation>%1 行目: 「%2」はセル参照ではありません。ブックが破損しています。</translation>
    </message>
    <message>
        <source>cell %1 holds a formula (=%2); import takes values only</source>
        <translation>セル %1 に数式 (=%2) があります。インポートできるのは値のみです</translation>
    </message>
    <message>
        <source>Cell %1 refers to a missing shared string; the workbook is damaged.</source>
        <translation>セル %1 が存在しない共有文字列を参照しています。ブックが破損しています。</translation>
    </message>
    <message>
        <source>cell %1 holds the error %2</source>
        <translation>セル %1 にエラー %2 があります</translation>
    </message>
    <message>
        <source>cell %1 holds “%2”, which is not a number</source>
        <translation>セル %1 の「%2」は数値ではありません</translation>
    </message>
    <message>
        <source>The sheet has too many columns.</source>
        <translation>シートの列が多すぎます。</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is damaged: %1 (line %2 of its XML).</source>
        <translation>ブックの最初のシートが破損しています: %1 (XML の %2 行目)。</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: it has no header row.</source>
        <translation>ブックの最初のシートが空です。見出し行がありません。</translation>
    </message>
</context>
<context>
    <name>jcr::accessiblenames</name>
    <message>
        <source>Previous month</source>
        <translation>前の月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>次の月</translation>
    </message>
</context>
<context>
    <name>jcr::cli</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>--%1「%2」は日付ではありません (YYYY-MM-DD を使用してください)</translation>
    </message>
    <message>
        <source>The roadmap file.</source>
        <translation>ロードマップファイル。</translation>
    </message>
    <message>
        <source>Only changes made on or after DATE.</source>
        <translation>DATE 以降の変更のみ。</translation>
    </message>
    <message>
        <source>Only changes made on or before DATE.</source>
        <translation>DATE 以前の変更のみ。</translation>
    </message>
    <message>
        <source>Output format: tsv (default) or json.</source>
        <translation>出力形式: tsv (既定) または json。</translation>
    </message>
    <message>
        <source>Lists the roadmap&apos;s record of change, newest first: id, time (UTC), who, item, area, action, field, old value, new value. Changes made by other programs than the planner are recorded as &quot;another program&quot;.</source>
        <translation>ロードマップの変更記録を新しい順に一覧表示します: ID、日時 (UTC)、変更者、項目、分野、操作、フィールド、変更前の値、変更後の値。プランナー以外のプログラムによる変更は「別のプログラム」として記録されます。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use tsv or json</source>
        <translation>不明な形式「%1」: tsv または json を使用してください</translation>
    </message>
    <message>
        <source>--until is before --since</source>
        <translation>--until が --since より前です</translation>
    </message>
    <message>
        <source>The roadmap file to create.</source>
        <translation>作成するロードマップファイル。</translation>
    </message>
    <message>
        <source>Only the six priority areas, no items (default: the seeded roadmap).</source>
        <translation>6 つの優先分野のみで項目なし (既定: 初期データ入りのロードマップ)。</translation>
    </message>
    <message>
        <source>Creates a new roadmap file. Never overwrites a file.</source>
        <translation>新しいロードマップファイルを作成します。ファイルを上書きすることはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n item(s).</source>
        <translation>
            <numerusform>%n 件の項目で %1 を作成しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The roadmap file to check.</source>
        <translation>検査するロードマップファイル。</translation>
    </message>
    <message>
        <source>Checks that FILE is a healthy roadmap of a known schema, with the same checks as opening it (identity, schema, structure, references) plus a full integrity check. Never modifies it. Exit code 0 when healthy, 1 otherwise.</source>
        <translation>FILE が既知のスキーマの正常なロードマップであることを、開くときと同じ検査 (識別子、スキーマ、構造、参照) と完全な整合性検査で確認します。ファイルを変更することはありません。正常な場合の終了コードは 0、それ以外は 1 です。</translation>
    </message>
    <message>
        <source>%1: the file is damaged: %2</source>
        <translation>%1: ファイルが破損しています: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cited passage(s) no longer occur in their source: %2</source>
        <translation>
            <numerusform>%1: %n 件の引用箇所が出典に見当たらなくなりました: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, schema %2, %n item(s)</source>
        <translation>
            <numerusform>%1: 正常、スキーマ %2、%n 件の項目</numerusform>
        </translation>
    </message>
    <message>
        <source> (upgraded to schema %1 when opened for editing)</source>
        <translation> (編集のために開くとスキーマ %1 にアップグレードされます)</translation>
    </message>
    <message>
        <source>The roadmap file to list.</source>
        <translation>一覧表示するロードマップファイル。</translation>
    </message>
    <message>
        <source>Lists the items: id, area, kind, status, health, lead, start, end, title.</source>
        <translation>項目を一覧表示します: ID、分野、種別、状況、健全性、主導側、開始、終了、タイトル。</translation>
    </message>
    <message>
        <source>create a roadmap file (seeded, or --empty)</source>
        <translation>ロードマップファイルを作成 (初期データ入り、または --empty)</translation>
    </message>
    <message>
        <source>check that a file is a healthy roadmap</source>
        <translation>ファイルが正常なロードマップであることを検査</translation>
    </message>
    <message>
        <source>list the items (tsv or json)</source>
        <translation>項目を一覧表示 (tsv または json)</translation>
    </message>
    <message>
        <source>write a status report, briefing or board as PDF</source>
        <translation>進捗状況報告書、説明資料またはボードを PDF で出力</translation>
    </message>
    <message>
        <source>render the timeline as PNG, SVG or PDF</source>
        <translation>タイムラインを PNG、SVG または PDF で出力</translation>
    </message>
    <message>
        <source>export to CSV, Excel, iCalendar or JSON</source>
        <translation>CSV、Excel、iCalendar または JSON にエクスポート</translation>
    </message>
    <message>
        <source>import items from CSV, Excel or JSON</source>
        <translation>CSV、Excel または JSON から項目をインポート</translation>
    </message>
    <message>
        <source>list the source documents, or --import one</source>
        <translation>出典文書を一覧表示、または --import で追加</translation>
    </message>
    <message>
        <source>list the commitment sentences and their items</source>
        <translation>コミットメントの文と対応する項目を一覧表示</translation>
    </message>
    <message>
        <source>list the recorded changes (tsv or json)</source>
        <translation>記録された変更を一覧表示 (tsv または json)</translation>
    </message>
    <message>
        <source>Usage: jcroadmap [FILE]
       jcroadmap COMMAND [OPTIONS] FILE

Without a command, opens FILE (or the default roadmap) in the planner window.

Commands (each has --help):
</source>
        <translation>使い方: jcroadmap [FILE]
       jcroadmap COMMAND [OPTIONS] FILE

コマンドを指定しない場合は、FILE (または既定のロードマップ) をプランナーのウィンドウで開きます。

コマンド (それぞれ --help があります):
</translation>
    </message>
    <message>
        <source>
Options:
  --version  print the version
  --help     print this help
</source>
        <translation>
オプション:
  --version  バージョンを表示
  --help     このヘルプを表示
</translation>
    </message>
    <message>
        <source>expected exactly one FILE argument (see --help)</source>
        <translation>FILE 引数を 1 つだけ指定してください (--help を参照)</translation>
    </message>
    <message>
        <source>could not write the output: %1</source>
        <translation>出力を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>no command given (see --help)</source>
        <translation>コマンドが指定されていません (--help を参照)</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the commands are %2 (see --help)</source>
        <translation>不明なコマンド「%1」。コマンドは %2 です (--help を参照)</translation>
    </message>
    <message>
        <source>The roadmap file to export.</source>
        <translation>エクスポートするロードマップファイル。</translation>
    </message>
    <message>
        <source>The file to write; its extension chooses the format: .csv, .xlsx, .ics or .json.</source>
        <translation>書き込むファイル。拡張子で形式が決まります: .csv、.xlsx、.ics または .json。</translation>
    </message>
    <message>
        <source>iCalendar: leave out events that end before this day.</source>
        <translation>iCalendar: この日より前に終わるイベントを除外します。</translation>
    </message>
    <message>
        <source>iCalendar: leave out events that start after this day.</source>
        <translation>iCalendar: この日より後に始まるイベントを除外します。</translation>
    </message>
    <message>
        <source>iCalendar: only this priority area (its number or name); repeat for more.</source>
        <translation>iCalendar: この優先分野のみ (番号または名称)。複数指定する場合は繰り返します。</translation>
    </message>
    <message>
        <source>Exports the roadmap FILE: every item as CSV (UTF-8, safe to open in Excel) or as an Excel workbook, the dated items as an iCalendar file, or the whole roadmap as JSON. Never writes over FILE or another SQLite file.</source>
        <translation>ロードマップ FILE をエクスポートします: すべての項目を CSV (UTF-8、Excel で安全に開けます) または Excel ブックとして、日付のある項目を iCalendar ファイルとして、あるいはロードマップ全体を JSON として出力します。FILE やほかの SQLite ファイルに上書きすることはありません。</translation>
    </message>
    <message>
        <source>no output file given: use -o OUT.csv, .xlsx, .ics or .json</source>
        <translation>出力ファイルが指定されていません: -o OUT.csv、.xlsx、.ics または .json を使用してください</translation>
    </message>
    <message>
        <source>%1: the output must end in .csv, .xlsx, .ics or .json</source>
        <translation>%1: 出力は .csv、.xlsx、.ics または .json で終わる必要があります</translation>
    </message>
    <message>
        <source>--from: “%1” is not a day (YYYY-MM-DD)</source>
        <translation>--from: 「%1」は日ではありません (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--to: “%1” is not a day (YYYY-MM-DD)</source>
        <translation>--to: 「%1」は日ではありません (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to が --from より前です</translation>
    </message>
    <message>
        <source>--from, --to and --area apply to .ics exports only</source>
        <translation>--from、--to、--area は .ics へのエクスポートにのみ使用できます</translation>
    </message>
    <message>
        <source>--area: no priority area “%1” in %2</source>
        <translation>--area: %2 に優先分野「%1」はありません</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n item(s) to %1.</source>
        <translation>
            <numerusform>%n 件の項目を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The roadmap file to import into.</source>
        <translation>インポート先のロードマップファイル。</translation>
    </message>
    <message>
        <source>The file to import: .csv, .xlsx or .json.</source>
        <translation>インポートするファイル: .csv、.xlsx または .json。</translation>
    </message>
    <message>
        <source>Check IN and say what would change, without writing anything.</source>
        <translation>IN を検査し、何も書き込まずに変更内容を表示します。</translation>
    </message>
    <message>
        <source>Imports items into the roadmap FILE: a row with an id updates that item, a row without one adds an item. All or nothing: when a row is rejected, nothing is written. Exit code 0 when imported (or, with --dry-run, importable), 1 otherwise.</source>
        <translation>ロードマップ FILE に項目をインポートします。ID のある行はその項目を更新し、ID のない行は項目を追加します。すべてか無か: 却下された行があれば何も書き込みません。インポートした場合 (--dry-run ではインポート可能な場合) の終了コードは 0、それ以外は 1 です。</translation>
    </message>
    <message>
        <source>expected FILE and IN (see --help)</source>
        <translation>FILE と IN を指定してください (--help を参照)</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing imported: %n row(s) rejected</source>
        <translation>
            <numerusform>%1: 何もインポートしていません: %n 行を却下</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>試行のみ: 何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>%1 にインポートしました。</translation>
    </message>
    <message>
        <source>Writes a report of FILE as PDF: a multi-page status report, a one-page briefing or the board. Never modifies FILE. The output depends only on FILE and the options (the as-of date defaults to today).</source>
        <translation>FILE の報告書を PDF で出力します: 複数ページの進捗状況報告書、1 ページの説明資料、またはボード。FILE を変更することはありません。出力は FILE とオプションのみで決まります (基準日の既定は今日)。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>書き込む PDF ファイル。</translation>
    </message>
    <message>
        <source>Report type: status (default), briefing or board.</source>
        <translation>報告書の種類: status (既定)、briefing または board。</translation>
    </message>
    <message>
        <source>Report date, YYYY-MM-DD (default: today).</source>
        <translation>報告書の日付、YYYY-MM-DD (既定: 今日)。</translation>
    </message>
    <message>
        <source>Start of &quot;completed since&quot; and &quot;changes since&quot;, YYYY-MM-DD (default: 30 days before the report date).</source>
        <translation>「以降の完了」と「以降の変更」の起点、YYYY-MM-DD (既定: 報告書の日付の 30 日前)。</translation>
    </message>
    <message>
        <source>Only priority area N (1-6); repeat for several.</source>
        <translation>優先分野 N (1～6) のみ。複数指定する場合は繰り返します。</translation>
    </message>
    <message>
        <source>Paper: a4 or letter (default from the locale).</source>
        <translation>用紙: a4 または letter (既定はロケールに従います)。</translation>
    </message>
    <message>
        <source>Page orientation: auto (default: portrait for status, landscape otherwise), portrait or landscape.</source>
        <translation>ページの向き: auto (既定: 進捗状況報告書は縦、それ以外は横)、portrait または landscape。</translation>
    </message>
    <message>
        <source>Marking printed at the top and bottom of every page (default: the file&apos;s).</source>
        <translation>各ページの上下に印刷する区分表示 (既定: ファイルの区分表示)。</translation>
    </message>
    <message>
        <source>Include item descriptions in the status report.</source>
        <translation>進捗状況報告書に項目の説明を含めます。</translation>
    </message>
    <message>
        <source>Add the traceability annex to the status report: each commitment sentence of the sources, the items that track it and their status.</source>
        <translation>進捗状況報告書に出典対応の別添を追加します: 出典のコミットメントの各文、対応する項目とその状況。</translation>
    </message>
    <message>
        <source>no output file given: use -o OUT.pdf</source>
        <translation>出力ファイルが指定されていません: -o OUT.pdf を使用してください</translation>
    </message>
    <message>
        <source>unknown report type &quot;%1&quot;: use status, briefing or board</source>
        <translation>不明な報告書の種類「%1」: status、briefing または board を使用してください</translation>
    </message>
    <message>
        <source>invalid --as-of date &quot;%1&quot;: use YYYY-MM-DD</source>
        <translation>--as-of の日付「%1」が無効です: YYYY-MM-DD を使用してください</translation>
    </message>
    <message>
        <source>invalid --since date &quot;%1&quot;: use YYYY-MM-DD</source>
        <translation>--since の日付「%1」が無効です: YYYY-MM-DD を使用してください</translation>
    </message>
    <message>
        <source>--since must not be after the report date</source>
        <translation>--since は報告書の日付より後にできません</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot;: use a4 or letter</source>
        <translation>不明な用紙「%1」: a4 または letter を使用してください</translation>
    </message>
    <message>
        <source>unknown orientation &quot;%1&quot;: use auto, portrait or landscape</source>
        <translation>不明な向き「%1」: auto、portrait または landscape を使用してください</translation>
    </message>
    <message>
        <source>no priority area &quot;%1&quot; in %2</source>
        <translation>%2 に優先分野「%1」はありません</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 を書き込みました (%n ページ)。</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>標準入力を読み込めません</translation>
    </message>
    <message>
        <source>standard input is not valid UTF-8</source>
        <translation>標準入力が有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <source>--date %1 is not a day (YYYY-MM-DD)</source>
        <translation>--date %1 は日ではありません (YYYY-MM-DD)</translation>
    </message>
    <message numerus="yes">
        <source>Imported source %1 &quot;%2&quot; into %3: %n commitment sentence(s).</source>
        <translation>
            <numerusform>出典 %1「%2」を %3 にインポートしました: コミットメントの文 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>item %1 &quot;%2&quot;: %3</source>
        <translation>項目 %1「%2」: %3</translation>
    </message>
    <message>
        <source>Add the official text in TEXT (a UTF-8 .txt or .md file, or - for standard input) as a new source document.</source>
        <translation>TEXT (UTF-8 の .txt または .md ファイル、標準入力の場合は -) の公式文書を新しい出典文書として追加します。</translation>
    </message>
    <message>
        <source>Title of the imported text (required with --import).</source>
        <translation>インポートする文書のタイトル (--import では必須)。</translation>
    </message>
    <message>
        <source>Day the text was issued, YYYY-MM-DD.</source>
        <translation>文書の発出日、YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>Where it was issued.</source>
        <translation>発出場所。</translation>
    </message>
    <message>
        <source>Where the official text is published.</source>
        <translation>公式文書の掲載先。</translation>
    </message>
    <message>
        <source>Lists the source documents of FILE (id, date, place, commitment sentences tracked, title), or imports another one with --import.</source>
        <translation>FILE の出典文書 (ID、日付、場所、対応済みのコミットメントの文、タイトル) を一覧表示するか、--import で別の出典文書をインポートします。</translation>
    </message>
    <message>
        <source>--%1 is only used with --import</source>
        <translation>--%1 は --import とともにのみ使用します</translation>
    </message>
    <message>
        <source>Lists every commitment sentence of the source documents with the items that cite it; a sentence cited by no item is uncovered.</source>
        <translation>出典文書のコミットメントの各文を、それを引用する項目とともに一覧表示します。どの項目も引用していない文は未対応です。</translation>
    </message>
    <message>
        <source>Renders the timeline of FILE as an image: PNG, or SVG and PDF with real text.</source>
        <translation>FILE のタイムラインを画像として出力します: PNG、またはテキスト情報を保持した SVG と PDF。</translation>
    </message>
    <message>
        <source>The image to write (.png, .svg or .pdf).</source>
        <translation>書き込む画像 (.png、.svg または .pdf)。</translation>
    </message>
    <message>
        <source>First day shown: 2026-03-06, 2026-03, 2026-Q1 or 2026 (default: from the items).</source>
        <translation>表示する最初の日: 2026-03-06、2026-03、2026-Q1 または 2026 (既定: 項目に合わせる)。</translation>
    </message>
    <message>
        <source>Last day shown, same forms; a period counts up to its end (default: the end of 2028 or of the items).</source>
        <translation>表示する最後の日。形式は同じで、期間はその終わりまでを含みます (既定: 2028年末または項目の終わり)。</translation>
    </message>
    <message>
        <source>Width in pixels (default 1600); the height follows from the lanes.</source>
        <translation>幅 (ピクセル、既定 1600)。高さはレーンの数で決まります。</translation>
    </message>
    <message>
        <source>Priority areas to show, by number: 1,3,6 (default: all).</source>
        <translation>表示する優先分野の番号: 1,3,6 (既定: すべて)。</translation>
    </message>
    <message>
        <source>Leave out the today line.</source>
        <translation>今日の線を表示しません。</translation>
    </message>
    <message>
        <source>no output given: use -o OUT.png, OUT.svg or OUT.pdf</source>
        <translation>出力が指定されていません: -o OUT.png、OUT.svg または OUT.pdf を使用してください</translation>
    </message>
    <message>
        <source>unknown image type &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation>不明な画像形式「%1」: .png、.svg または .pdf を使用してください</translation>
    </message>
    <message>
        <source>--width must be a number of pixels between 200 and 20000</source>
        <translation>--width には 200 から 20000 までのピクセル数を指定してください</translation>
    </message>
    <message>
        <source>--from: &quot;%1&quot; is not a date</source>
        <translation>--from: 「%1」は日付ではありません</translation>
    </message>
    <message>
        <source>--to: &quot;%1&quot; is not a date</source>
        <translation>--to: 「%1」は日付ではありません</translation>
    </message>
    <message>
        <source>--areas: there is no priority area &quot;%1&quot;</source>
        <translation>--areas: 優先分野「%1」はありません</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 × %3 px, %4 – %5).</source>
        <translation>%1 を書き込みました (%2 × %3 px、%4～%5)。</translation>
    </message>
    <message>
        <source>list, create NAME, rename OLD NEW, delete NAME, or compare NAME (or compare --date DATE).</source>
        <translation>list、create 名前、rename 旧名 新名、delete 名前、または compare 名前 (または compare --date 日付)。</translation>
    </message>
    <message>
        <source>create: a note kept with the baseline.</source>
        <translation>create: ベースラインと共に保存する備考。</translation>
    </message>
    <message>
        <source>compare: against the state at the end of DATE (YYYY-MM-DD), rebuilt from the record of change.</source>
        <translation>compare: 変更記録から復元した日付 (YYYY-MM-DD) の終わりの状態と比較します。</translation>
    </message>
    <message>
        <source>list and compare: output format, tsv (default) or json.</source>
        <translation>list と compare: 出力形式。tsv (既定) または json。</translation>
    </message>
    <message>
        <source>Lists, creates, renames and deletes the roadmap&apos;s baselines — named snapshots of every item&apos;s dates, status, health and progress — and lists the items that slipped against one. A new baseline is dated today.</source>
        <translation>ロードマップのベースライン (各項目の日付・ステータス・健全性・進捗の名前付きスナップショット) の一覧表示・作成・名前変更・削除を行い、ベースラインに対して遅延した項目を一覧表示します。新しいベースラインの日付は今日です。</translation>
    </message>
    <message>
        <source>expected FILE and an action: list, create, rename, delete or compare (see --help)</source>
        <translation>ファイルと操作 (list、create、rename、delete、compare) を指定してください (--help を参照)</translation>
    </message>
    <message>
        <source>usage: jcroadmap baseline FILE %1</source>
        <translation>使い方: jcroadmap baseline ファイル %1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;: use list, create, rename, delete or compare</source>
        <translation>不明な操作「%1」: list、create、rename、delete、compare のいずれかを使用してください</translation>
    </message>
    <message>
        <source>--note goes with create only</source>
        <translation>--note は create でのみ使用できます</translation>
    </message>
    <message>
        <source>--date goes with compare only</source>
        <translation>--date は compare でのみ使用できます</translation>
    </message>
    <message>
        <source>%1: this file is of an older schema; open it for writing once to upgrade it</source>
        <translation>%1: このファイルは古いスキーマです。一度書き込み可能で開いて更新してください</translation>
    </message>
    <message>
        <source>%1: no baseline named “%2”</source>
        <translation>%1: 「%2」という名前のベースラインはありません</translation>
    </message>
    <message numerus="yes">
        <source>Created baseline “%1” of %n item(s).</source>
        <translation>
            <numerusform>ベースライン「%1」を作成しました (%n 項目)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed baseline “%1” to “%2”.</source>
        <translation>ベースライン「%1」の名前を「%2」に変更しました。</translation>
    </message>
    <message>
        <source>Deleted baseline “%1”.</source>
        <translation>ベースライン「%1」を削除しました。</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (use YYYY-MM-DD)</source>
        <translation>--date「%1」は日付ではありません (YYYY-MM-DD を使用してください)</translation>
    </message>
    <message>
        <source>list, create, rename or delete baselines; compare</source>
        <translation>ベースラインの一覧表示・作成・名前変更・削除、比較</translation>
    </message>
    <message>
        <source>Report slippage against the baseline NAME (see `jcroadmap baseline`): a section of the status report, counted in its summary; slips shown on the briefing&apos;s key milestones.</source>
        <translation>ベースライン「名前」に対する遅延を報告します (`jcroadmap baseline` を参照): 進捗状況報告書の節と概要の件数、説明資料の主要マイルストーンの遅延。</translation>
    </message>
    <message>
        <source>Language of the report: en, fr or ja (default: the interface&apos;s).</source>
        <translation>報告書の言語: en、fr または ja (既定: 画面の言語)。</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: use en, fr or ja</source>
        <translation>不明な言語「%1」: en、fr または ja を指定してください</translation>
    </message>
    <message>
        <source>publish a roadmap file as a team roadmap on a server</source>
        <translation>ロードマップファイルをサーバー上のチームロードマップとして公開する</translation>
    </message>
    <message>
        <source>copy a team roadmap into a new roadmap file</source>
        <translation>チームロードマップを新しいロードマップファイルにコピーする</translation>
    </message>
    <message>
        <source>set up an empty server database (or --sql: the script)</source>
        <translation>空のサーバーデータベースを準備する（--sql ではスクリプトを表示）</translation>
    </message>
    <message>
        <source>
FILE may also be a team roadmap on a PostgreSQL server:
  postgresql://USER@HOST/DATABASE
</source>
        <translation>
FILE には PostgreSQL サーバー上のチームロードマップも指定できます：
  postgresql://USER@HOST/DATABASE
</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address; write it as postgresql://USER@HOST/DATABASE</source>
        <translation>「%1」はサーバーのアドレスではありません。postgresql://USER@HOST/DATABASE の形で書いてください</translation>
    </message>
    <message>
        <source>The roadmap file to publish.</source>
        <translation>公開するロードマップファイル。</translation>
    </message>
    <message>
        <source>The server database: postgresql://USER@HOST/DATABASE</source>
        <translation>サーバーのデータベース：postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>Replace a team roadmap that already has items (default: refuse).</source>
        <translation>すでに項目のあるチームロードマップを置き換える（既定：拒否）。</translation>
    </message>
    <message>
        <source>Publishes FILE as a team roadmap on a PostgreSQL server: sets up the schema on an empty database and copies everything, history and baselines included, in one transaction. The file is not changed.</source>
        <translation>FILE を PostgreSQL サーバー上のチームロードマップとして公開します。空のデータベースにスキーマを準備し、履歴とベースラインを含むすべてを1つのトランザクションでコピーします。ファイルは変更されません。</translation>
    </message>
    <message>
        <source>give a roadmap FILE and a server URL (see --help)</source>
        <translation>ロードマップファイル FILE とサーバーの URL を指定してください（--help を参照）</translation>
    </message>
    <message>
        <source>%1: the file is damaged and is not published: %2</source>
        <translation>%1：ファイルが破損しているため公開しません：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds a roadmap with %n item(s); nothing was changed (--replace replaces it).</source>
        <translation>
            <numerusform>%1 にはすでに %n 件の項目のあるロードマップがあります。何も変更していません（--replace で置き換えます）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %1 to %2: %n item(s), %3 recorded changes.</source>
        <translation>
            <numerusform>%1 を %2 に公開しました：%n 件の項目、%3 件の変更記録。</numerusform>
        </translation>
    </message>
    <message>
        <source>The team roadmap: postgresql://USER@HOST/DATABASE</source>
        <translation>チームロードマップ：postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>The roadmap file to write (must not exist).</source>
        <translation>書き出すロードマップファイル（存在しないこと）。</translation>
    </message>
    <message>
        <source>Copies a team roadmap, history and baselines included, into a new roadmap file for offline work. Never overwrites a file.</source>
        <translation>チームロードマップを履歴とベースラインを含めて新しいロードマップファイルにコピーし、オフラインで作業できるようにします。既存のファイルは上書きしません。</translation>
    </message>
    <message>
        <source>give a server URL and a new roadmap FILE (see --help)</source>
        <translation>サーバーの URL と新しいロードマップファイル FILE を指定してください（--help を参照）</translation>
    </message>
    <message>
        <source>%1 already exists; it was not overwritten.</source>
        <translation>%1 はすでに存在します。上書きしていません。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 to %2: %n item(s).</source>
        <translation>
            <numerusform>%1 を %2 にコピーしました：%n 件の項目。</numerusform>
        </translation>
    </message>
    <message>
        <source>The empty server database: postgresql://USER@HOST/DATABASE</source>
        <translation>空のサーバーデータベース：postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>Print the SQL script instead (for psql -1 -f), and change nothing.</source>
        <translation>代わりに SQL スクリプトを表示し（psql -1 -f 用）、何も変更しない。</translation>
    </message>
    <message>
        <source>Sets up an empty PostgreSQL database as an empty team roadmap (publish a file into it, or open it and add items).</source>
        <translation>空の PostgreSQL データベースを空のチームロードマップとして準備します（ファイルを公開するか、開いて項目を追加してください）。</translation>
    </message>
    <message>
        <source>--sql takes no URL</source>
        <translation>--sql には URL を指定しません</translation>
    </message>
    <message>
        <source>give one server URL (see --help)</source>
        <translation>サーバーの URL を1つ指定してください（--help を参照）</translation>
    </message>
    <message>
        <source>Set up an empty team roadmap at %1 (schema %2).</source>
        <translation>%1 に空のチームロードマップを準備しました（スキーマ %2）。</translation>
    </message>
</context>
<context>
    <name>jcr::enums</name>
    <message>
        <source>Initiative</source>
        <translation>取組</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <translation>対話</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>行事</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>ガバナンス</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>難航</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>カナダ</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>共同</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主導</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>支援</translation>
    </message>
</context>
<context>
    <name>jcr::paths</name>
    <message>
        <source>Roadmap files (*.%1 *.sqlite *.db);;All files (*)</source>
        <translation>ロードマップファイル (*.%1 *.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>jcr::seed</name>
    <message>
        <source>line %1: %2</source>
        <extracomment>A problem in a seed file: &quot;line 12: unknown field &apos;Foo&apos;…&quot;</extracomment>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>unknown block type %1 (expected Document, Source-Document, Area, Organisation or Item)</source>
        <translation>不明なブロック種別 %1 (Document、Source-Document、Area、Organisation または Item のいずれか)</translation>
    </message>
    <message>
        <source>a continuation line must follow a field</source>
        <translation>継続行はフィールドの後に置く必要があります</translation>
    </message>
    <message>
        <source>expected %1, a comment, a blank line or a continuation line</source>
        <translation>%1、コメント、空行または継続行が必要です</translation>
    </message>
    <message>
        <source>unknown field %1 in a %2 block (expected one of: %3)</source>
        <translation>%2 ブロックに不明なフィールド %1 があります (%3 のいずれか)</translation>
    </message>
    <message>
        <source>field %1 appears more than once</source>
        <translation>フィールド %1 が複数回出現しています</translation>
    </message>
    <message>
        <source>the %1 block has no %2 field</source>
        <translation>%1 ブロックに %2 フィールドがありません</translation>
    </message>
    <message>
        <source>field %1 must not be empty</source>
        <translation>フィールド %1 は空にできません</translation>
    </message>
    <message>
        <source>a second Document block (the first is on line %1)</source>
        <translation>2 つ目の Document ブロックです (1 つ目は %1 行目)</translation>
    </message>
    <message>
        <source>the Document field takes no value</source>
        <translation>Document フィールドには値を指定しません</translation>
    </message>
    <message>
        <source>%1 is not a file name beside the seed</source>
        <translation>%1 は初期データと同じ場所にあるファイルの名前ではありません</translation>
    </message>
    <message>
        <source>%1 is not a day (YYYY-MM-DD)</source>
        <translation>%1 は日ではありません (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is not an area number (1 to %2)</source>
        <translation>%1 は分野番号 (1～%2) ではありません</translation>
    </message>
    <message>
        <source>area %1 is defined twice (first on line %2)</source>
        <translation>分野 %1 が 2 回定義されています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>%1 is not a colour of the form #RRGGBB</source>
        <translation>%1 は #RRGGBB 形式の色ではありません</translation>
    </message>
    <message>
        <source>%1 is not a valid short name (no spaces or commas)</source>
        <translation>%1 は有効な略称ではありません (空白とコンマは使用できません)</translation>
    </message>
    <message>
        <source>organisation %1 is defined twice (first on line %2)</source>
        <translation>組織 %1 が 2 回定義されています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>organisation name %1 is used twice (first on line %2)</source>
        <translation>組織名 %1 が 2 回使用されています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>unknown country %1 (expected one of: %2)</source>
        <translation>不明な国 %1 (%2 のいずれか)</translation>
    </message>
    <message>
        <source>%1 is not a date (use 2026-03-06, 2026-12, 2026-Q3 or 2026)</source>
        <translation>%1 は日付ではありません (2026-03-06、2026-12、2026-Q3 または 2026 を使用してください)</translation>
    </message>
    <message>
        <source>%1 is not a valid item key (lowercase letters, digits and single hyphens)</source>
        <translation>%1 は有効な項目キーではありません (小文字、数字、単独のハイフン)</translation>
    </message>
    <message>
        <source>item key %1 is used twice (first on line %2)</source>
        <translation>項目キー %1 が 2 回使用されています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>%1 is not an area number</source>
        <translation>%1 は分野番号ではありません</translation>
    </message>
    <message>
        <source>unknown kind %1 (expected one of: %2)</source>
        <translation>不明な種別 %1 (%2 のいずれか)</translation>
    </message>
    <message>
        <source>unknown status %1 (expected one of: %2)</source>
        <translation>不明な状況 %1 (%2 のいずれか)</translation>
    </message>
    <message>
        <source>unknown health %1 (expected one of: %2)</source>
        <translation>不明な健全性 %1 (%2 のいずれか)</translation>
    </message>
    <message>
        <source>unknown lead %1 (expected one of: %2)</source>
        <translation>不明な主導側 %1 (%2 のいずれか)</translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation>終了 (%1) が開始 (%2) より前です</translation>
    </message>
    <message>
        <source>progress %1 is not a whole number from 0 to 100</source>
        <translation>進捗 %1 は 0 から 100 までの整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not of the form &apos;lead SHORT&apos; or &apos;supporting SHORT&apos;</source>
        <translation>%1 は &apos;lead SHORT&apos; または &apos;supporting SHORT&apos; の形式ではありません</translation>
    </message>
    <message>
        <source>organisation %1 is listed twice</source>
        <translation>組織 %1 が 2 回記載されています</translation>
    </message>
    <message>
        <source>a tag must have 1 to %1 characters; check for stray commas</source>
        <translation>タグは 1～%1 文字である必要があります。余分なコンマがないか確認してください</translation>
    </message>
    <message>
        <source>tag %1 is listed twice</source>
        <translation>タグ %1 が 2 回記載されています</translation>
    </message>
    <message>
        <source>an empty item key; check for stray commas</source>
        <translation>項目キーが空です。余分なコンマがないか確認してください</translation>
    </message>
    <message>
        <source>item %1 cannot depend on itself</source>
        <translation>項目 %1 を自分自身に依存させることはできません</translation>
    </message>
    <message>
        <source>item %1 is listed twice</source>
        <translation>項目 %1 が 2 回記載されています</translation>
    </message>
    <message>
        <source>an Update has the form &apos;DATE | AUTHOR | status=KEY health=KEY | TEXT&apos;</source>
        <translation>Update は &apos;DATE | AUTHOR | status=KEY health=KEY | TEXT&apos; の形式です</translation>
    </message>
    <message>
        <source>%1 is not a day such as 2026-03-06</source>
        <translation>%1 は 2026-03-06 のような日ではありません</translation>
    </message>
    <message>
        <source>the author is longer than %1 characters</source>
        <translation>作成者が %1 文字を超えています</translation>
    </message>
    <message>
        <source>%1 is not a change (expected status=KEY or health=KEY, each at most once)</source>
        <translation>%1 は変更ではありません (status=KEY または health=KEY、それぞれ 1 回まで)</translation>
    </message>
    <message>
        <source>an Update needs a text after the last &apos;|&apos;</source>
        <translation>Update には最後の &apos;|&apos; の後にテキストが必要です</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>テキストが %1 文字を超えています</translation>
    </message>
    <message>
        <source>there is no Area block numbered %1</source>
        <translation>番号 %1 の Area ブロックはありません</translation>
    </message>
    <message>
        <source>there is no Organisation block %1</source>
        <translation>Organisation ブロック %1 はありません</translation>
    </message>
    <message>
        <source>there is no Item block %1</source>
        <translation>Item ブロック %1 はありません</translation>
    </message>
    <message>
        <source>dependency cycle: %1</source>
        <translation>依存関係の循環: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8.</source>
        <translation>%1 は有効な UTF-8 ではありません。</translation>
    </message>
    <message>
        <source>The built-in seed roadmap is invalid: %1</source>
        <translation>組み込みの初期データのロードマップが無効です: %1</translation>
    </message>
    <message>
        <source>the title is longer than %1 characters</source>
        <translation>タイトルが%1文字を超えています</translation>
    </message>
</context>
</TS>
