<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>AutosavedText</name>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="136" />
        <source>Merge…</source>
        <extracomment>an undecided conflict is worth noticing: darker, in the colour of a warning the row as the other laptop left it (a frozen snapshot) the Service's sentence a sentence for the status bar (about a text that may no longer be on screen) the field of the edited row that holds the text</extracomment>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="137" />
        <source>Compare your text with the other laptop's and choose what to keep</source>
        <translation>قارن نصك بنص الحاسوب الآخر واختر ما تحتفظ به</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="138" />
        <source>Merge with the other laptop's text</source>
        <translation>الدمج مع نص الحاسوب الآخر</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="193" />
        <source>Decide later: your text stays in the editor, not saved; “Merge…” under it opens this window again. Leaving the room before deciding saves both texts, theirs first.</source>
        <extracomment>the version of the target the editor's text was based on (see the module docstring) an undecided conflict of the shown target, or None the offline journal's entry that would save both texts if the app died undecided pushes so far; per target, the last push whose refusal was dealt with, and the last text pushed</extracomment>
        <translation>القرار لاحقًا: يبقى نصك في المحرر دون حفظ، وزر «دمج…» أسفله يعيد فتح هذه النافذة. وإذا غادرت القاعة قبل أن تقرر، يُحفظ النصان معًا، نصهم أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="230" />
        <source>Saving within a second…</source>
        <translation>سيُحفظ خلال ثانية…</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="274" />
        <source>{0}: changed on another laptop and not merged, so both texts were saved, theirs first, then yours after the line “{1}”.</source>
        <translation>{0}: عُدِّل على حاسوب آخر ولم يُدمج، فحُفظ النصان: نصهم أولًا، ثم نصك بعد السطر «{1}».</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="278" />
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="279" />
        <source>Saved both texts, yours after “{0}”: merge them when you can.</source>
        <translation>حُفظ النصان، ونصك بعد «{0}»: ادمجهما حين يتسنى لك ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="284" />
        <source>{0}: not saved: {1}</source>
        <translation>{0}: لم يُحفظ: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="286" />
        <source>Not saved: {0} Your text stays here; keep typing to save it again.</source>
        <translation>لم يُحفظ: {0} يبقى نصك هنا؛ تابع الكتابة ليُحفظ من جديد.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="320" />
        <source>Changed on another laptop meanwhile, so your text was not saved over theirs. It stays here, unsaved, until you choose what to keep.</source>
        <translation>عُدِّل في الأثناء على حاسوب آخر، فلم يُحفظ نصك فوق نصهم. ويبقى هنا دون حفظ حتى تختار ما تحتفظ به.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="383" />
        <source>Saving the merged text…</source>
        <translation>جارٍ حفظ النص المدمج…</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="395" />
        <source>Kept the other laptop's text; yours was dropped.</source>
        <translation>احتُفظ بنص الحاسوب الآخر وتُرك نصك.</translation>
    </message>
    <message>
        <location filename="../../ui/common/autosaved_text.py" line="419" />
        <source>Saving both texts, theirs first…</source>
        <translation>جارٍ حفظ النصين، نصهم أولًا…</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs.py" line="94" />
        <source>every few minutes</source>
        <extracomment>why a backup was made, as the list of backups says it (translated where shown)</extracomment>
        <translation>كل بضع دقائق</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="95" />
        <source>before an import replaced the workshop</source>
        <translation>قبل أن يستبدل الاستيراد ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="96" />
        <source>before a backup was restored</source>
        <translation>قبل استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="97" />
        <source>before damaged rows were moved aside</source>
        <translation>قبل عزل الصفوف التالفة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="98" />
        <source>made by hand</source>
        <translation>أُنشئت يدويًا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="109" />
        <source>Backups of this workshop</source>
        <translation>النسخ الاحتياطية لورشة العمل هذه</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="111" />
        <source>Consistent copies of the workshop file, made every few minutes while it changes and before anything replaces it. Restoring one backs up the workshop as it is now first, so a restore can itself be undone from this list.</source>
        <translation>نسخ متسقة من ملف ورشة العمل، تُنشأ كل بضع دقائق ما دام يتغير، وقبل أن يحل محله أي شيء. واستعادة إحداها تنشئ أولًا نسخة من ورشة العمل كما هي الآن، فيمكن التراجع عن الاستعادة نفسها من هذه القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="118" />
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="119" />
        <source>When each backup was made, and why; choose one and restore it</source>
        <translation>متى أُنشئت كل نسخة ولماذا؛ اختر واحدة واستعدها</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="123" />
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="130" />
        <source>Restore this backup…</source>
        <translation>استعادة هذه النسخة…</translation>
    </message>
</context>
<context>
    <name>ClockTicker</name>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="216" />
        <source>The round times could not be corrected after the clock change: {0}</source>
        <extracomment>seconds between polls while no round runs (aligned to the wall-clock second) added to every delay so a timer that fires a hair early still sees the new second the controller's index when the shift was stored; any later index already includes it the shown second changed: (now, naive UTC) how many ticks were emitted (for benchmarks and tests)</extracomment>
        <translation>تعذّر تصحيح أوقات الجولات بعد تغيير الساعة: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="266" />
        <source>Round {0} started automatically at {1}.</source>
        <translation>بدأت الجولة {0} تلقائيًا في الساعة {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="269" />
        <source>Round {0} could not start automatically: {1}</source>
        <translation>تعذّر بدء الجولة {0} تلقائيًا: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/common/clock_ticker.py" line="271" />
        <source>Start round {0} (automatic)</source>
        <translation>بدء الجولة {0} (تلقائيًا)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="38" />
        <source>Encrypted</source>
        <extracomment>libpq's TLS modes, the safe ones first ("require" is the default: a venue network is not a trusted one) the modes that may send everything in clear what each mode means: the TLS list shows libpq's own word (what the server's staff configure and type, the same in every language) and says what it means in the window's language beside it</extracomment>
        <translation>مشفّر</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="39" />
        <source>Encrypted, and the server's certificate is checked</source>
        <translation>مشفّر، مع التحقق من شهادة الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="40" />
        <source>Encrypted only if the server offers it</source>
        <translation>مشفّر فقط إذا أتاح الخادم ذلك</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="41" />
        <source>Not encrypted</source>
        <translation>غير مشفّر</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="80" />
        <source>Connect to a shared workshop</source>
        <translation>الاتصال بورشة عمل مشتركة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="84" />
        <source>e.g. cafe-server.local or 192.0.2.10</source>
        <translation>مثلًا cafe-server.local أو 192.0.2.10</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="85" />
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="86" />
        <source>The host name or address of the venue's workshop server</source>
        <translation>اسم المضيف أو عنوان خادم ورشة العمل في مكان الانعقاد</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="90" />
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="92" />
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="93" />
        <source>The workshop's database on the server</source>
        <translation>قاعدة بيانات ورشة العمل على الخادم</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="95" />
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="98" />
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="106" />
        <source>TLS encryption</source>
        <translation>تشفير TLS</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="107" />
        <source>Remember the password (in the PostgreSQL password file ~/.pgpass)</source>
        <translation>تذكّر كلمة المرور (في ملف كلمات مرور PostgreSQL ‏~/.pgpass)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="118" />
        <source>Use TLS (require)</source>
        <extracomment>what is unsafe about the connection as chosen (not encrypted for sure, no password)</extracomment>
        <translation>استخدام TLS ‏(require)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="119" />
        <source>Encrypt the connection: TLS require</source>
        <translation>تشفير الاتصال: TLS require</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="121" />
        <source>&amp;Server:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="121" />
        <source>P&amp;ort:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="122" />
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="122" />
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="123" />
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="123" />
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="133" />
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="148" />
        <source>Whether what this laptop sends to the server is encrypted: {0}</source>
        <translation>هل ما يرسله هذا الحاسوب إلى الخادم مشفّر: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="150" />
        <source>Not encrypted for sure: with “{0}” what this laptop sends may cross the venue network in clear, readable by anyone on it. Choose “{1}”.</source>
        <translation>التشفير غير مضمون: مع «{0}» قد يعبر ما يرسله هذا الحاسوب شبكة مكان الانعقاد دون تشفير، فيقرؤه أي متصل بها. اختر «{1}».</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="154" />
        <source>No password: this works only if the password file has one for this login, or if the server asks for none, and then anyone on the network can change the workshop.</source>
        <translation>بلا كلمة مرور: لا ينجح ذلك إلا إذا كان ملف كلمات المرور يتضمن واحدة لهذا الحساب، أو إذا لم يطلب الخادم أيًّا منها، وعندئذ يستطيع أي شخص على الشبكة تعديل ورشة العمل.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/common/forms.py" line="196" />
        <source>ddd d MMM yyyy</source>
        <comment>display format of a date editor (Qt date format codes)</comment>
        <extracomment>the undo step's name, e.g. "Rename room" (row uuid, value) of an edit sent and not yet answered the stored value the user's edit started from (see :meth:`RowForm._commit`)</extracomment>
        <translation>dddd d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../ui/workshop/edits.py" line="173" />
        <source>That change belongs to a workshop that is no longer open.</source>
        <translation>هذا التغيير يخص ورشة عمل لم تعد مفتوحة.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="35" />
        <source>Untitled workshop</source>
        <extracomment>the title a new workshop gets when none is given (in the window's language: see :func:`default_title`)</extracomment>
        <translation>ورشة عمل بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="73" />
        <source>Opening {0}…</source>
        <extracomment>the user chose to quit because no workshop could be opened (exit code) a short message for the status bar the open workshop's damaged rows, left out of what is shown (cafe.storage.damage.RowProblem)</extracomment>
        <translation>جارٍ فتح {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="93" />
        <location filename="../../ui/file_actions.py" line="125" />
        <source>Cannot open the workshop</source>
        <translation>تعذّر فتح ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="94" />
        <source>{0}: the file no longer exists.</source>
        <translation>{0}: الملف لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="103" />
        <source>New workshop</source>
        <translation>ورشة عمل جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="104" />
        <source>{0} already exists. Choose a new file name: a new workshop never overwrites another.</source>
        <translation>{0} موجود مسبقًا. اختر اسم ملف جديدًا: ورشة العمل الجديدة لا تحلّ أبدًا محل أخرى.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="121" />
        <source>Opened {0}</source>
        <translation>فُتح {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="141" />
        <location filename="../../ui/file_actions.py" line="154" />
        <source>Cannot import</source>
        <translation>تعذّر الاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="146" />
        <source>Importing “{0}” replaces the whole workshop “{1}” in {2} — its agenda, rooms, themes, people and notes — with the workshop in the file.

A backup of the workshop as it is now is made first: File › Backups… restores it.</source>
        <translation>يؤدي استيراد «{0}» إلى استبدال ورشة العمل «{1}» بأكملها في {2} — جدول أعمالها وقاعاتها ومحاورها وأشخاصها وملاحظاتها — بورشة العمل الموجودة في الملف.

تُنشأ أولًا نسخة احتياطية من ورشة العمل كما هي الآن، ويمكن استعادتها من ملف › النسخ الاحتياطية….</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="150" />
        <source>Replace the workshop?</source>
        <translation>استبدال ورشة العمل؟</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="150" />
        <source>Replace workshop</source>
        <translation>استبدال ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="153" />
        <source>Imported {0}</source>
        <translation>استُورد {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="161" />
        <source>A shared workshop is backed up by its server (pg_dump), not by this laptop.</source>
        <translation>يتولى خادم ورشة العمل المشتركة نسخها احتياطيًا (pg_dump)، لا هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="171" />
        <source>The workshop becomes what it was at {0}; what changed since is set aside in a backup made now, which this same list restores. The undo history is cleared.</source>
        <translation>تعود ورشة العمل إلى ما كانت عليه في {0}؛ ويُحفظ ما تغيّر منذ ذلك الحين في نسخة احتياطية تُنشأ الآن، ويمكن استعادتها من القائمة نفسها. ويُمحى سجل التراجع.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="173" />
        <source>Restore this backup?</source>
        <translation>استعادة هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="173" />
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="178" />
        <source>Restored the backup of {0}. The workshop as it was is in the list of backups.</source>
        <translation>استُعيدت نسخة {0}. وورشة العمل كما كانت موجودة في قائمة النسخ الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="180" />
        <source>Restored the backup of {0}.</source>
        <translation>استُعيدت نسخة {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="183" />
        <source>Cannot restore</source>
        <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="190" />
        <source>These rows of the workshop are damaged and were left out when it opened. Moving them aside writes them to a recovery file beside the database, after a backup, and removes them from the database, which is then sound again:</source>
        <translation>هذه الصفوف من ورشة العمل تالفة وقد استُبعدت عند فتحها. وعزلها يكتبها في ملف استرداد بجوار قاعدة البيانات، بعد نسخة احتياطية، ثم يحذفها من قاعدة البيانات فتعود سليمة:</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="194" />
        <source>Move damaged rows aside?</source>
        <translation>عزل الصفوف التالفة؟</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="194" />
        <source>Move them aside</source>
        <translation>عزلها</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="202" />
        <source>%n damaged row(s) moved aside into {0}.</source>
        <translation>
            <numerusform>لم يُعزل أي صف تالف في {0}.</numerusform>
            <numerusform>عُزل صف تالف واحد في {0}.</numerusform>
            <numerusform>عُزل صفان تالفان في {0}.</numerusform>
            <numerusform>عُزلت %n صفوف تالفة في {0}.</numerusform>
            <numerusform>عُزل %n صفًا تالفًا في {0}.</numerusform>
            <numerusform>عُزل %n صف تالف في {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="206" />
        <source>Cannot repair</source>
        <translation>تعذّر الإصلاح</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="224" />
        <source>Workshop file merged</source>
        <translation>دُمج ملف ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="225" />
        <location filename="../../ui/file_actions.py" line="249" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226" />
        <source>Merged {0}</source>
        <translation>دُمج {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="228" />
        <source>Cannot merge</source>
        <translation>تعذّر الدمج</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="237" />
        <source>Exported to {0}</source>
        <translation>صُدّر إلى {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="238" />
        <source>Cannot export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="245" />
        <source>{0}: %n problem(s) found.</source>
        <translation>
            <numerusform>{0}: لم يُعثر على أي مشكلة.</numerusform>
            <numerusform>{0}: عُثر على مشكلة واحدة.</numerusform>
            <numerusform>{0}: عُثر على مشكلتين.</numerusform>
            <numerusform>{0}: عُثر على %n مشكلات.</numerusform>
            <numerusform>{0}: عُثر على %n مشكلةً.</numerusform>
            <numerusform>{0}: عُثر على %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="250" />
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>MarkupBar</name>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="225" />
        <source>B</source>
        <comment>the letter on the bold button</comment>
        <extracomment>QSettings key prefix of the remembered preview ticks the editor's bar, once it has one the short name, for callers that look the helper up by it</extracomment>
        <translation>غ</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="225" />
        <source>Bold</source>
        <translation>غامق</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="226" />
        <source>Bold (Ctrl+B): **text**</source>
        <translation>غامق (Ctrl+B): **نص**</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="230" />
        <source>I</source>
        <comment>the letter on the italics button</comment>
        <translation>م</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="230" />
        <source>Italics</source>
        <translation>مائل</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="231" />
        <source>Italics (Ctrl+I): *text*</source>
        <translation>مائل (Ctrl+I): *نص*</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="236" />
        <source>**bold**  *italics*  - list  1. list  &gt; quote  [text](https://…)</source>
        <translation>**غامق**  *مائل*  - قائمة  1. قائمة  &gt; اقتباس  [نص](https://…)</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="240" />
        <source>Formatting the report prints: **bold**, *italics*, a line starting with “- ” or “1. ” for a list, “&gt; ” for a quote, [text](https://…) for a link. A blank line starts a new paragraph.</source>
        <translation>التنسيق الذي يطبعه التقرير: **غامق**، *مائل*، سطر يبدأ بـ «- » أو «1. » لقائمة، و«&gt; » لاقتباس، و[نص](https://…) لرابط. والسطر الفارغ يبدأ فقرة جديدة.</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="242" />
        <location filename="../../ui/common/markup_editing.py" line="245" />
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="244" />
        <source>Show the text as the report prints it (Ctrl+Shift+P)</source>
        <translation>عرض النص كما يطبعه التقرير (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_editing.py" line="246" />
        <source>Shows the text formatted below the editor</source>
        <translation>يعرض النص منسقًا أسفل المحرر</translation>
    </message>
</context>
<context>
    <name>MarkupPreview</name>
    <message>
        <location filename="../../ui/common/markup_preview.py" line="89" />
        <source>Formatted preview</source>
        <translation>معاينة منسقة</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_preview.py" line="90" />
        <source>The text as the report prints it: bold, italics, lists, quotes and links</source>
        <translation>النص كما يطبعه التقرير: الغامق والمائل والقوائم والاقتباسات والروابط</translation>
    </message>
    <message>
        <location filename="../../ui/common/markup_preview.py" line="92" />
        <source>Nothing written yet.</source>
        <translation>لم يُكتب شيء بعد.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="43" />
        <source>— text from this laptop, not merged —</source>
        <extracomment>the line between their text and ours when both are kept (the English one; :func:`separator` gives the window's language, which is what is written: the people reading the text read that language)</extracomment>
        <translation>— نص من هذا الحاسوب، غير مدمج —</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="60" />
        <source>Changed on another laptop — merge the texts</source>
        <extracomment>"Save this text": the right-hand text, to be saved over theirs "Keep theirs": this laptop's text is dropped closed without a choice; the owner keeps both texts for later</extracomment>
        <translation>عُدِّل على حاسوب آخر — ادمج النصين</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="88" />
        <source>The other laptop's text, read only</source>
        <extracomment>the right-hand text was changed here since it was last filled in</extracomment>
        <translation>نص الحاسوب الآخر، للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="89" />
        <source>The text as the shared workshop holds it now; copy from it what you want to keep</source>
        <translation>النص كما تحفظه ورشة العمل المشتركة الآن؛ انسخ منه ما تريد الاحتفاظ به</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="91" />
        <source>Your text, to merge</source>
        <translation>نصك، للدمج</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="92" />
        <source>Make this text say what should stay, then save it (Ctrl+Enter)</source>
        <translation>اجعل هذا النص يقول ما ينبغي أن يبقى، ثم احفظه (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="97" />
        <source>&amp;On the shared workshop now (another laptop's text)</source>
        <translation>&amp;في ورشة العمل المشتركة الآن (نص الحاسوب الآخر)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="98" />
        <source>&amp;Yours (edit this one)</source>
        <translation>&amp;نصك (عدّل هذا)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="111" />
        <source>&amp;Save this text</source>
        <translation>&amp;حفظ هذا النص</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="113" />
        <source>Save your text (the editable one) over the other laptop's (Ctrl+Enter)</source>
        <translation>حفظ نصك (القابل للتعديل) فوق نص الحاسوب الآخر (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="114" />
        <source>&amp;Keep theirs</source>
        <translation>ال&amp;احتفاظ بنصهم</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="116" />
        <source>Keep the other laptop's text and drop yours</source>
        <translation>الاحتفاظ بنص الحاسوب الآخر وترك نصك</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="117" />
        <source>Decide &amp;later</source>
        <translation>القرار &amp;لاحقًا</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="119" />
        <source>Close this window and choose later (Escape)</source>
        <translation>إغلاق هذه النافذة والاختيار لاحقًا (Escape)</translation>
    </message>
    <message>
        <location filename="../../ui/common/merge_dialog.py" line="151" />
        <source>{0} Nothing has been overwritten. Compare the two texts, make yours (the editable one) say what should stay (copy from theirs what you want to keep), then save it.</source>
        <translation>{0} لم يُستبدل شيء. قارن النصين، واجعل نصك (القابل للتعديل) يقول ما ينبغي أن يبقى (انسخ من نصهم ما تريد الاحتفاظ به)، ثم احفظه.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_menu.py" line="142" />
        <source>workshop</source>
        <comment>file name of a workshop without title</comment>
        <extracomment>the Print menu's object name (how other parts of the window find it, whatever its language) why the route slips carry no route codes ("" when they do, or for other printouts) hosts whose address means nothing on a participant's phone where Round › Share on the venue network remembers the address and port chosen (the keys of ui.moderator.venue_share_dialog, spelt out here: the Print menu serves every place of the window, which do not import each other) a printout was written (its path) nothing was written (the sentence why)</extracomment>
        <translation>ورشة-العمل</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="159" />
        <source>Save the route slip of {0}</source>
        <translation>حفظ بطاقة مسار {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/print_menu.py" line="163" />
        <source>Save the route slips of %n participant(s)</source>
        <translation>
            <numerusform>حفظ بطاقات المسار لـ %n مشارك</numerusform>
            <numerusform>حفظ بطاقة المسار لمشارك واحد</numerusform>
            <numerusform>حفظ بطاقتي المسار لمشاركَين</numerusform>
            <numerusform>حفظ بطاقات المسار لـ %n مشاركين</numerusform>
            <numerusform>حفظ بطاقات المسار لـ %n مشاركًا</numerusform>
            <numerusform>حفظ بطاقات المسار لـ %n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="198" />
        <source>Saved to {0}, without route codes: {1}</source>
        <translation>حُفظ في {0}، دون رموز المسار: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="201" />
        <source>Saved to {0}</source>
        <translation>حُفظ في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="204" />
        <source>Preparing {0}…</source>
        <translation>جارٍ إعداد {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="209" />
        <source>Nothing was printed</source>
        <translation>لم يُطبع شيء</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="210" />
        <source>{0}

No file was written.</source>
        <translation>{0}

لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <location filename="../../ui/common/forms.py" line="338" />
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/common/forms.py" line="374" />
        <source>{0} was changed on another laptop meanwhile, to “{1}”; yours is not saved. Save it again to replace theirs.</source>
        <translation>عُدِّل {0} في الأثناء على حاسوب آخر ليصبح «{1}»؛ ولم يُحفظ ما كتبته. احفظه من جديد ليحلّ محل ما كتبوه.</translation>
    </message>
    <message>
        <location filename="../../ui/common/forms.py" line="390" />
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>SavedFileButtons</name>
    <message>
        <location filename="../../ui/common/save_folder.py" line="94" />
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_folder.py" line="96" />
        <source>Open the file just written</source>
        <translation>فتح الملف الذي كُتب للتو</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_folder.py" line="98" />
        <source>Show &amp;folder</source>
        <translation>عرض ال&amp;مجلد</translation>
    </message>
    <message>
        <location filename="../../ui/common/save_folder.py" line="100" />
        <source>Show the folder of the file just written</source>
        <translation>عرض مجلد الملف الذي كُتب للتو</translation>
    </message>
</context>
<context>
    <name>ServerChoice</name>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="67" />
        <source>Name the server (host name or address).</source>
        <translation>حدّد الخادم (اسم المضيف أو العنوان).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="69" />
        <source>Name the workshop's database on the server.</source>
        <translation>حدّد قاعدة بيانات ورشة العمل على الخادم.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_workshop.py" line="71" />
        <source>Give the user name to connect as.</source>
        <translation>أدخل اسم المستخدم الذي يتم الاتصال به.</translation>
    </message>
</context>
<context>
    <name>SharedLink</name>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="50" />
        <source>Undo waits until this change reaches the shared workshop; edit or delete the item meanwhile.</source>
        <translation>ينتظر التراجع وصول هذا التغيير إلى ورشة العمل المشتركة؛ وفي الأثناء عدّل العنصر أو احذفه.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="52" />
        <source>Undo waits until this change is saved; edit or delete the item meanwhile.</source>
        <translation>ينتظر التراجع حفظ هذا التغيير؛ وفي الأثناء عدّل العنصر أو احذفه.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="107" />
        <source>The shared workshop's server cannot be reached: changes are kept on this laptop and sent when it is back.</source>
        <translation>تعذّر الوصول إلى خادم ورشة العمل المشتركة: تُحفظ التغييرات على هذا الحاسوب وتُرسل حين يعود.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="112" />
        <source>The offline journal could not be written: {0} Changes are still sent, but would be lost if the app closed while offline.</source>
        <translation>تعذّرت الكتابة في سجل العمل دون اتصال: {0} ما زالت التغييرات تُرسل، لكنها ستضيع إذا أُغلق التطبيق وهو غير متصل.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/shared_link.py" line="126" />
        <source>%n change(s) made while offline were sent to the shared workshop.</source>
        <translation>
            <numerusform>لم يُرسل أي تغيير أُجري دون اتصال إلى ورشة العمل المشتركة.</numerusform>
            <numerusform>أُرسل تغيير واحد أُجري دون اتصال إلى ورشة العمل المشتركة.</numerusform>
            <numerusform>أُرسل تغييران أُجريا دون اتصال إلى ورشة العمل المشتركة.</numerusform>
            <numerusform>أُرسلت %n تغييرات أُجريت دون اتصال إلى ورشة العمل المشتركة.</numerusform>
            <numerusform>أُرسل %n تغييرًا أُجري دون اتصال إلى ورشة العمل المشتركة.</numerusform>
            <numerusform>أُرسل %n تغيير أُجري دون اتصال إلى ورشة العمل المشتركة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/shared_link.py" line="129" />
        <source>%n change(s) not saved when the app last closed were saved now.</source>
        <translation>
            <numerusform>لم يُحفظ الآن أي تغيير.</numerusform>
            <numerusform>حُفظ الآن تغيير واحد لم يُحفظ عند آخر إغلاق للتطبيق.</numerusform>
            <numerusform>حُفظ الآن تغييران لم يُحفظا عند آخر إغلاق للتطبيق.</numerusform>
            <numerusform>حُفظت الآن %n تغييرات لم تُحفظ عند آخر إغلاق للتطبيق.</numerusform>
            <numerusform>حُفظ الآن %n تغييرًا لم يُحفظ عند آخر إغلاق للتطبيق.</numerusform>
            <numerusform>حُفظ الآن %n تغيير لم يُحفظ عند آخر إغلاق للتطبيق.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="132" />
        <source>Not sent: {0}</source>
        <translation>لم يُرسل: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/shared_link.py" line="133" />
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/shared_link.py" line="135" />
        <source>%n change(s) made while offline met another laptop's edit: compare and merge them.</source>
        <translation>
            <numerusform>لا يتعارض أي تغيير أُجري دون اتصال مع تعديل من حاسوب آخر.</numerusform>
            <numerusform>تعارض تغيير واحد أُجري دون اتصال مع تعديل من حاسوب آخر: قارن بينهما وادمجهما.</numerusform>
            <numerusform>تعارض تغييران أُجريا دون اتصال مع تعديلات من حاسوب آخر: قارن بينها وادمجها.</numerusform>
            <numerusform>تعارضت %n تغييرات أُجريت دون اتصال مع تعديلات من حاسوب آخر: قارن بينها وادمجها.</numerusform>
            <numerusform>تعارض %n تغييرًا أُجري دون اتصال مع تعديلات من حاسوب آخر: قارن بينها وادمجها.</numerusform>
            <numerusform>تعارض %n تغيير أُجري دون اتصال مع تعديلات من حاسوب آخر: قارن بينها وادمجها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedOnCloseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="70" />
        <source>%n change(s) are not saved yet ({0}).</source>
        <translation>
            <numerusform>لا توجد تغييرات غير محفوظة ({0}).</numerusform>
            <numerusform>هناك تغيير واحد لم يُحفظ بعد ({0}).</numerusform>
            <numerusform>هناك تغييران لم يُحفظا بعد ({0}).</numerusform>
            <numerusform>هناك %n تغييرات لم تُحفظ بعد ({0}).</numerusform>
            <numerusform>هناك %n تغييرًا لم يُحفظ بعد ({0}).</numerusform>
            <numerusform>هناك %n تغيير لم يُحفظ بعد ({0}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs.py" line="71" />
        <source>%n change(s) are not saved yet.</source>
        <translation>
            <numerusform>لا توجد تغييرات غير محفوظة.</numerusform>
            <numerusform>هناك تغيير واحد لم يُحفظ بعد.</numerusform>
            <numerusform>هناك تغييران لم يُحفظا بعد.</numerusform>
            <numerusform>هناك %n تغييرات لم تُحفظ بعد.</numerusform>
            <numerusform>هناك %n تغييرًا لم يُحفظ بعد.</numerusform>
            <numerusform>هناك %n تغيير لم يُحفظ بعد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76" />
        <source>Nothing is lost: closing keeps what waits on this laptop, and it is saved first the next time this workshop opens.</source>
        <translation>لن يضيع شيء: عند الإغلاق يبقى ما ينتظر على هذا الحاسوب، ويُحفظ أولًا في المرة القادمة التي تُفتح فيها ورشة العمل هذه.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="80" />
        <source>Changes not saved yet</source>
        <translation>تغييرات لم تُحفظ بعد</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="82" />
        <source>Keep waiting</source>
        <translation>مواصلة الانتظار</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="84" />
        <source>Close and keep them for next time</source>
        <translation>الإغلاق والاحتفاظ بها للمرة القادمة</translation>
    </message>
</context>
<context>
    <name>WorkshopController</name>
    <message>
        <location filename="../../ui/workshop/controller.py" line="126" />
        <location filename="../../ui/workshop/controller.py" line="406" />
        <source>Saved</source>
        <extracomment>after close, how long a failing save is still retried before it is logged and given up the same on a shared workshop, whose waiting edits are kept in the offline journal anyway a workshop was opened or created: (display name of the database) opening failed (message for the user); whatever was open stays open (WorkshopIndex of the new snapshot, SnapshotUpdate) "Saved", "Saving…", "Not saved: &lt;reason&gt;" or "Offline — N changes waiting" (in the window's language) a one-off message for the status bar push every pending edit now (emitted on the main thread before closing or opening another workshop; slots run synchronously and must only queue work, never wait for it) an undo or redo step was applied (views that apply their own edits locally reload) another laptop's change on a shared workshop (listener thread -&gt; main thread) seconds to add to this laptop's clock to read the shared server's (None: local clock) edits made offline that another laptop overtook, found when the journal was replayed: a list of cafe.sync.journal.Conflict (each with this laptop's wanted values and the row now) a shared workshop opened over a connection that is not encrypted or asked no password: (kind, sentence) pairs that say what is unsafe (the window shows them where they stay visible)</extracomment>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="242" />
        <source>The sample workshop could not be loaded: {0}</source>
        <extracomment>the save state needs the user's eye (offline, not saved), not just "Saved" or "Saving…" the open shared workshop's journal writer (None on SQLite), and the last one closed edits of a shared workshop sent to the worker and not answered yet the open workshop is shared (PostgreSQL) rather than a file on this laptop while the status says offline: the most changes that waited (None when online)</extracomment>
        <translation>تعذّر تحميل ورشة العمل النموذجية: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="253" />
        <source>{0}: could not be opened ({1}: {2}).</source>
        <translation>{0}: تعذّر الفتح ({1}: {2}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/controller.py" line="256" />
        <source>%n change(s) made on this laptop while it was offline are kept, and sent once the workshop opens.</source>
        <translation>
            <numerusform>لا توجد تغييرات أُجريت على هذا الحاسوب دون اتصال.</numerusform>
            <numerusform>تغيير واحد أُجري على هذا الحاسوب دون اتصال محفوظ، وسيُرسل عند فتح ورشة العمل.</numerusform>
            <numerusform>تغييران أُجريا على هذا الحاسوب دون اتصال محفوظان، وسيُرسلان عند فتح ورشة العمل.</numerusform>
            <numerusform>%n تغييرات أُجريت على هذا الحاسوب دون اتصال محفوظة، وستُرسل عند فتح ورشة العمل.</numerusform>
            <numerusform>%n تغييرًا أُجري على هذا الحاسوب دون اتصال محفوظة، وستُرسل عند فتح ورشة العمل.</numerusform>
            <numerusform>%n تغيير أُجري على هذا الحاسوب دون اتصال محفوظة، وستُرسل عند فتح ورشة العمل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop/controller.py" line="397" />
        <source>Offline — %n change(s) waiting</source>
        <translation>
            <numerusform>غير متصل — لا تغييرات بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — تغييران بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — %n تغييرات بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — %n تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>غير متصل — %n تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="398" />
        <source>Offline — no changes waiting</source>
        <translation>غير متصل — لا تغييرات بانتظار الإرسال</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="401" />
        <source>Not saved: {0} — retrying</source>
        <translation>لم يُحفظ: {0} — جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="403" />
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="406" />
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="411" />
        <source>Connected to the shared workshop again: the changes that waited were sent.</source>
        <translation>عاد الاتصال بورشة العمل المشتركة: أُرسلت التغييرات التي كانت تنتظر.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="412" />
        <source>Connected to the shared workshop again.</source>
        <translation>عاد الاتصال بورشة العمل المشتركة.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="459" />
        <source>Could not reload the workshop: {0}</source>
        <translation>تعذّرت إعادة تحميل ورشة العمل: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/workshop/controller.py" line="468" />
        <source>an unexpected error ({0}: {1})</source>
        <translation>خطأ غير متوقع ({0}: {1})</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="29" />
        <source>Workshop databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات ورش العمل (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="30" />
        <source>Workshop files (*.json);;All files (*)</source>
        <translation>ملفات ورش العمل (*.json);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="45" />
        <source>ddd d MMM yyyy, HH:mm:ss</source>
        <comment>Qt date format of a backup's time</comment>
        <translation>dddd d MMMM yyyy، HH:mm:ss</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="55" />
        <source>Cannot open the workshop</source>
        <translation>تعذّر فتح ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="57" />
        <source>Open another…</source>
        <translation>فتح ورشة أخرى…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="58" />
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="155" />
        <source>Each problem found</source>
        <translation>كل مشكلة عُثر عليها</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="186" />
        <location filename="../../ui/dialogs.py" line="203" />
        <source>New workshop</source>
        <translation>ورشة عمل جديدة</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="187" />
        <source>Title of the workshop:</source>
        <translation>عنوان ورشة العمل:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="194" />
        <source>Open workshop</source>
        <translation>فتح ورشة عمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="213" />
        <source>Import workshop file</source>
        <translation>استيراد ملف ورشة عمل</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="223" />
        <source>Export workshop file</source>
        <translation>تصدير ملف ورشة العمل</translation>
    </message>
</context>
<context>
    <name>print_menu</name>
    <message>
        <location filename="../../ui/print_menu.py" line="38" />
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>مستندات PDF ‏(*.pdf);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="41" />
        <source>&amp;Group lists…</source>
        <extracomment>(printout name in cafe.report.printouts, menu text, file name ending); texts translated where shown</extracomment>
        <translation>&amp;قوائم المجموعات…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="42" />
        <source>&amp;Door signs…</source>
        <translation>&amp;لافتات الأبواب…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="43" />
        <source>&amp;Route slips…</source>
        <translation>&amp;بطاقات المسار…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="47" />
        <source>Save group lists</source>
        <extracomment>the title of the save dialog of each printout</extracomment>
        <translation>حفظ قوائم المجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="48" />
        <source>Save door signs</source>
        <translation>حفظ لافتات الأبواب</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="49" />
        <source>Save route slips</source>
        <translation>حفظ بطاقات المسار</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="229" />
        <location filename="../../ui/print_menu.py" line="252" />
        <source>&amp;Print</source>
        <translation>&amp;طباعة</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="237" />
        <source>&amp;Projector: moves between rounds…</source>
        <translation>&amp;جهاز العرض: التنقلات بين الجولات…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="257" />
        <source>Open a workshop first.</source>
        <translation>افتح ورشة عمل أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="268" />
        <source>The host's &amp;brief (PDF)…</source>
        <translation>&amp;إحاطة المضيف (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_menu.py" line="269" />
        <source>Projector: the host's b&amp;rief</source>
        <translation>جهاز العرض: إ&amp;حاطة المضيف</translation>
    </message>
</context>
</TS>