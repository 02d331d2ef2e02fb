<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="51" />
        <source>Setup</source>
        <extracomment>what a place shows (key, label) of each place, in navigation order (View menu: Alt+1…; Ctrl+1…4 are the note columns')</extracomment>
        <translation>الإعداد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>Rounds &amp; rooms</source>
        <translation>الجولات والقاعات</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>Room notes</source>
        <translation>ملاحظات القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Moderator overview</source>
        <translation>نظرة مدير الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <source>Plenary</source>
        <translation>الجلسة العامة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96" />
        <source>Places</source>
        <extracomment>the first workshop is on screen and the window takes input</extracomment>
        <translation>الأقسام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>The places of the window; Alt+1 to Alt+5 go to each</source>
        <translation>أقسام النافذة؛ Alt+1 إلى Alt+5 للانتقال إلى كل منها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>Opening the workshop…</source>
        <translation>جارٍ فتح ورشة العمل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355" />
        <source>No workshop is open.</source>
        <translation>لا توجد ورشة عمل مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="114" />
        <source>Save state</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="118" />
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124" />
        <source>Connection security</source>
        <extracomment>shown while the shared workshop's connection is not encrypted or asked no password</extracomment>
        <translation>أمان الاتصال</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168" />
        <source>&amp;File</source>
        <extracomment>made when the offline journal's replay finds its first conflict</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169" />
        <source>&amp;New workshop…</source>
        <translation>ورشة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171" />
        <source>Open &amp;Recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>&amp;Import workshop file…</source>
        <translation>&amp;استيراد ملف ورشة عمل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>&amp;Export workshop file…</source>
        <translation>&amp;تصدير ملف ورشة العمل…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>&amp;Merge a room laptop's workshop file…</source>
        <translation>&amp;دمج ملف ورشة العمل من حاسوب قاعة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>&amp;Backups…</source>
        <translation>&amp;النسخ الاحتياطية…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>Move &amp;damaged rows aside…</source>
        <translation>نقل الصفوف &amp;التالفة جانبًا…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>&amp;Connect to a shared workshop…</source>
        <translation>&amp;الاتصال بورشة عمل مشتركة…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>This &amp;laptop serves</source>
        <translation>هذا &amp;الحاسوب يخدم</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191" />
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>&amp;Language</source>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <source>&amp;{0} {1}  (missing)</source>
        <translation>&amp;{0} {1}  (غير موجود)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224" />
        <source>No recent workshops</source>
        <translation>لا توجد ورش عمل حديثة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>Clear list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="237" />
        <source>No workshop open</source>
        <translation>لا توجد ورشة عمل مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="240" />
        <source>Every room (moderator)</source>
        <translation>كل القاعات (مدير الجلسة)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>The window will be in {0} from the next start.</source>
        <translation>ستظهر النافذة باللغة {0} بدءًا من التشغيل القادم.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271" />
        <source>This laptop serves: {0}</source>
        <translation>هذا الحاسوب يخدم: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>This workshop opened without {0}: File › Move damaged rows aside… keeps them in a recovery file and repairs the database.</source>
        <translation>فُتحت ورشة العمل هذه دون {0}: ملف › نقل الصفوف التالفة جانبًا… يحفظها في ملف استرداد ويصلح قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>⚠ Not encrypted</source>
        <translation>⚠ غير مشفّر</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>⚠ No password</source>
        <translation>⚠ بلا كلمة مرور</translation>
    </message>
</context>
</TS>