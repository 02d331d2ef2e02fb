<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AutosaveText</name>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="182" />
        <source>Both texts are kept: theirs, then yours below a line.</source>
        <extracomment>how long typing pauses before the text is saved (the flush on close saves the rest) the version of the stored text the user's edit started from (None: not known) the snapshot field holding the text (to show theirs in a conflict) saves sent and not answered yet: until they are, a reload changes neither text nor base</extracomment>
        <translation>يُحتفظ بالنصّين: نصّهم أولًا، ثم نصّك تحت خط فاصل.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="59" />
        <source>Export report (PDF)…</source>
        <extracomment>(format, menu text, file filter), translated where shown (:func:`_tr`)</extracomment>
        <translation>تصدير التقرير (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="60" />
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="61" />
        <source>Export report (Markdown)…</source>
        <translation>تصدير التقرير (Markdown)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="62" />
        <source>Markdown (*.md)</source>
        <translation>ملفات Markdown ‏(*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="63" />
        <source>Export report (Word)…</source>
        <translation>تصدير التقرير (Word)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="64" />
        <source>Word documents (*.docx)</source>
        <translation>مستندات Word ‏(*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="65" />
        <source>Export notes (CSV)…</source>
        <translation>تصدير الملاحظات (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="66" />
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="173" />
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="198" />
        <source>Export the report as PDF. The file is replaced only when the export has finished.</source>
        <translation>تصدير التقرير بصيغة PDF. لا يُستبدل الملف إلا بعد اكتمال التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="199" />
        <source>Export the report as Markdown. The file is replaced only when the export has finished.</source>
        <translation>تصدير التقرير بصيغة Markdown. لا يُستبدل الملف إلا بعد اكتمال التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="201" />
        <source>Export the report as Word. The file is replaced only when the export has finished.</source>
        <translation>تصدير التقرير بصيغة Word. لا يُستبدل الملف إلا بعد اكتمال التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="203" />
        <source>Export every note as CSV. The file is replaced only when the export has finished.</source>
        <translation>تصدير جميع الملاحظات بصيغة CSV. لا يُستبدل الملف إلا بعد اكتمال التصدير.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="205" />
        <location filename="../../ui/plenary/export_dialog.py" line="232" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="212" />
        <source>File to export to</source>
        <translation>الملف المراد التصدير إليه</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="213" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="215" />
        <source>Choose the file to export to</source>
        <translation>اختيار الملف المراد التصدير إليه</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="220" />
        <source>Include the groups and their participants (names of people)</source>
        <translation>تضمين المجموعات والمشاركين فيها (أسماء الأشخاص)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="228" />
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="235" />
        <source>Cancel export</source>
        <translation>إلغاء التصدير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="238" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="271" />
        <source>Choose a file to export to.</source>
        <translation>اختر الملف المراد التصدير إليه.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="274" />
        <source>{0} is a folder: add a file name.</source>
        <translation>{0} مجلد: أضف اسم ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="280" />
        <source>No workshop is open.</source>
        <translation>لا توجد ورشة عمل مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="296" />
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="303" />
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="308" />
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="308" />
        <source>Finishing…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="322" />
        <source>Wrote {0}. {1} printed with the mark � for characters no bundled font has:
{2}</source>
        <translation>كُتب الملف {0}. {1} طُبعت بالعلامة � مكان حروف لا يتضمنها أيّ خط مرفق:
{2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/export_dialog.py" line="321" />
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ملاحظة</numerusform><numerusform>%n ملاحظة</numerusform><numerusform>%n ملاحظتان</numerusform><numerusform>%n ملاحظات</numerusform><numerusform>%n ملاحظة</numerusform><numerusform>%n ملاحظة</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="325" />
        <source>Wrote {0}</source>
        <translation>كُتب الملف {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="328" />
        <source>Exported {0}</source>
        <translation>صُدِّر الملف {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="333" />
        <source>Not exported: {0}</source>
        <translation>لم يُصدَّر: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="338" />
        <source>Cancelled; no file was written or changed.</source>
        <translation>أُلغي؛ لم يُكتب أيّ ملف ولم يُعدَّل.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="356" />
        <source>Open a workshop first.</source>
        <translation>افتح ورشة عمل أولًا.</translation>
    </message>
</context>
<context>
    <name>ItemsChooser</name>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="51" />
        <source>Opportunities</source>
        <extracomment>True when the entry is ticked unless the presenter chose otherwise (a heading or a key point) the presenter's choices changed (stored already)</extracomment>
        <translation>الفرص</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="51" />
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="52" />
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="61" />
        <source>{0} to present</source>
        <translation>{0} المراد عرضها</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="62" />
        <source>Ticked entries are on the slides, in this order; Space ticks or unticks, drag to reorder.</source>
        <translation>العناصر المؤشَّر عليها تظهر في الشرائح بهذا الترتيب؛ مفتاح المسافة يضع العلامة أو يزيلها، واسحب لإعادة الترتيب.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="74" />
        <source>Headings and key points</source>
        <translation>العناوين الفرعية والنقاط الرئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="76" />
        <source>Start again from the headings and key points</source>
        <translation>البدء من جديد بالعناوين الفرعية والنقاط الرئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="77" />
        <source>Tick only the headings and the items marked ★ in the room (your own ticks and order for this theme are forgotten)</source>
        <translation>التأشير على العناوين الفرعية والعناصر المعلَّمة بـ ★ في القاعة فقط (تُنسى علاماتك وترتيبك الخاص لهذا المحور)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="80" />
        <source>Every item</source>
        <translation>كل العناصر</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="82" />
        <source>Tick every item of this theme</source>
        <translation>التأشير على كل عناصر هذا المحور</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="123" />
        <source>A heading: on the slides while ticked, and always above a ticked item under it</source>
        <translation>عنوان فرعي: يظهر في الشرائح ما دام مؤشَّرًا عليه، ودائمًا فوق أيّ عنصر مؤشَّر عليه تحته</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="128" />
        <source>A key point, marked in the room</source>
        <translation>نقطة رئيسية، معلَّمة في القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="141" />
        <source>Ticked entries are on the slides, in this order (drag to reorder). The selection starts from the headings and the key points (★).</source>
        <translation>العناصر المؤشَّر عليها تظهر في الشرائح بهذا الترتيب (اسحب لإعادة الترتيب). يبدأ الاختيار من العناوين الفرعية والنقاط الرئيسية (★).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/items_chooser.py" line="144" />
        <source>No item of this theme is marked as a key point yet: tick the items to present, or mark key points in the room (Ctrl+K).</source>
        <translation>لم يُعلَّم أيّ عنصر من هذا المحور نقطةً رئيسية بعد: أشِّر على العناصر المراد عرضها، أو علِّم نقاطًا رئيسية في القاعة (Ctrl+K).</translation>
    </message>
</context>
<context>
    <name>LessonsPanel</name>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="256" />
        <source>Cross-cutting lessons</source>
        <translation>الدروس الشاملة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="257" />
        <source>In the order they are presented; drag to reorder</source>
        <translation>بترتيب عرضها؛ اسحب لإعادة الترتيب</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="258" />
        <location filename="../../ui/plenary/lessons.py" line="437" />
        <source>Add lesson</source>
        <translation>إضافة درس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="260" />
        <source>New lesson</source>
        <translation>درس جديد</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="261" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="263" />
        <source>Delete the selected lesson</source>
        <translation>حذف الدرس المحدَّد</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="267" />
        <location filename="../../ui/plenary/lessons.py" line="268" />
        <source>Move the lesson up</source>
        <translation>نقل الدرس إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="272" />
        <location filename="../../ui/plenary/lessons.py" line="273" />
        <source>Move the lesson down</source>
        <translation>نقل الدرس إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="282" />
        <source>Cross-cutting lessons, in the order they are presented</source>
        <translation>الدروس الشاملة، بترتيب عرضها</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="291" />
        <source>The lesson in one line</source>
        <translation>الدرس في سطر واحد</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="292" />
        <source>Title of the lesson</source>
        <translation>عنوان الدرس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="294" />
        <source>What the rooms said, in a few sentences</source>
        <translation>ما قيل في القاعات، في بضع جمل</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="298" />
        <source>Items the lesson rests on</source>
        <translation>العناصر التي يستند إليها الدرس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="299" />
        <source>Remove the selected item from the lesson</source>
        <translation>إزالة العنصر المحدَّد من الدرس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="304" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="308" />
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="312" />
        <source>Text of the lesson</source>
        <translation>نص الدرس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="315" />
        <source>It rests on these items</source>
        <extracomment>bold and italics, and the formatted preview of the lesson's text</extracomment>
        <translation>يستند إلى هذه العناصر</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="324" />
        <source>Suggestions: what came up in several rooms</source>
        <translation>اقتراحات: ما طُرح في عدة قاعات</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="329" />
        <source>Items of the chosen suggestion</source>
        <translation>عناصر الاقتراح المختار</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="330" />
        <source>Make a lesson from this</source>
        <translation>تحويله إلى درس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="333" />
        <source>Add these items to the selected lesson</source>
        <translation>إضافة هذه العناصر إلى الدرس المحدَّد</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="338" />
        <source>Came up in several rooms</source>
        <translation>طُرح في عدة قاعات</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="363" />
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="363" />
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="410" />
        <source>Edit lesson</source>
        <translation>تعديل الدرس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="419" />
        <source>(an item that was deleted)</source>
        <translation>(عنصر محذوف)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="454" />
        <source>Delete lesson “{0}”</source>
        <translation>حذف الدرس «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="462" />
        <location filename="../../ui/plenary/lessons.py" line="469" />
        <source>Move lesson</source>
        <translation>نقل الدرس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="480" />
        <source>Rename lesson</source>
        <translation>إعادة تسمية الدرس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="490" />
        <source>Remove item from lesson</source>
        <translation>إزالة عنصر من الدرس</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/lessons.py" line="504" />
        <source>Add items to lesson</source>
        <translation>إضافة عناصر إلى الدرس</translation>
    </message>
</context>
<context>
    <name>PlenaryView</name>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="87" />
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="88" />
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="90" />
        <source>Hosts</source>
        <translation>المضيفون</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="117" />
        <location filename="../../ui/plenary/plenary_view.py" line="171" />
        <source>Themes</source>
        <extracomment>the clock the presenter timer counts against (None: the system clock) the notes marked as key points (read with the report's content)</extracomment>
        <translation>المحاور</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="118" />
        <source>Each theme with its room, hosts and note counts; choose one to see and edit what is presented</source>
        <translation>كل محور مع قاعته ومضيفيه وعدد ملاحظاته؛ اختر محورًا لعرض ما يُقدَّم وتعديله</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="123" />
        <source>Overview of the theme</source>
        <translation>نظرة عامة على المحور</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="125" />
        <source>The theme's summary for the plenary and the report: a few paragraphs.</source>
        <translation>ملخص المحور للجلسة العامة وللتقرير: بضع فقرات.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="126" />
        <source>Summary of the theme</source>
        <translation>ملخص المحور</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="127" />
        <source>Printed in the report and shown on the slides; saved as you type</source>
        <translation>يُطبع في التقرير ويُعرض في الشرائح؛ يُحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="132" />
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="133" />
        <location filename="../../ui/plenary/plenary_view.py" line="418" />
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="134" />
        <source>Items to present</source>
        <translation>العناصر المراد عرضها</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="147" />
        <source>The report's introduction: what the workshop was, who came, why.</source>
        <translation>مقدمة التقرير: ما كانت ورشة العمل، ومن حضرها، ولماذا.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="148" />
        <source>Introduction of the report</source>
        <translation>مقدمة التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="152" />
        <source>&lt;b&gt;Introduction&lt;/b&gt; (first section of the report)</source>
        <translation>&lt;b&gt;المقدمة&lt;/b&gt; (القسم الأول من التقرير)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="161" />
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="161" />
        <source>Export Markdown…</source>
        <translation>تصدير Markdown…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="162" />
        <source>Export Word…</source>
        <translation>تصدير Word…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="162" />
        <source>Export notes (CSV)…</source>
        <translation>تصدير الملاحظات (CSV)…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="172" />
        <source>Cross-cutting lessons</source>
        <translation>الدروس الشاملة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="173" />
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="175" />
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="178" />
        <source>Dot votes</source>
        <translation>التصويت بالنقاط</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="180" />
        <source>Presentation of outcomes, theme by theme</source>
        <translation>عرض النتائج محورًا تلو الآخر</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="185" />
        <source>Screen to present on</source>
        <translation>الشاشة التي يُعرض عليها</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="186" />
        <source>The presentation opens full screen here; the second screen (usually the projector) is chosen first</source>
        <translation>يُفتح العرض هنا بملء الشاشة؛ وتُختار الشاشة الثانية (عادةً جهاز العرض) أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="191" />
        <source>Present ▶</source>
        <extracomment>the screen the moderator chose by hand (its name), kept while it stays connected</extracomment>
        <translation>عرض ▶</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="193" />
        <source>Present full screen on the chosen screen</source>
        <translation>العرض بملء الشاشة على الشاشة المختارة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="194" />
        <source>Full screen on the chosen screen.</source>
        <translation>ملء الشاشة على الشاشة المختارة.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="196" />
        <source>Screen:</source>
        <translation>الشاشة:</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="301" />
        <source>No theme yet.</source>
        <translation>لا توجد محاور بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="308" />
        <source>Edit theme summary</source>
        <translation>تعديل ملخص المحور</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="323" />
        <source>Edit report introduction</source>
        <translation>تعديل مقدمة التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="337" />
        <source>{0}: {1} ({2}×{3})</source>
        <translation>{0}: {1} ‏({2}×{3})</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="337" />
        <source>screen</source>
        <translation>شاشة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="406" />
        <source>no room</source>
        <translation>بلا قاعة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="407" />
        <source>{0} · hosted by {1}</source>
        <translation>{0} · يستضيفه {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="409" />
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="412" />
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="416" />
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="423" />
        <source>No summary written yet (write it in the Summary tab).</source>
        <translation>لم يُكتب ملخص بعد (اكتبه في تبويب الملخص).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/plenary_view.py" line="431" />
        <source>What each round concluded</source>
        <translation>ما خلصت إليه كل جولة</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../ui/plenary/present_keys.py" line="25" />
        <source>→ Space Page Down: next · ← Page Up: back · Home End: first, last · T: timer · R: reset timer · F: full screen · H: these keys · Esc: leave</source>
        <translation>→ Space Page Down: التالي · ← Page Up: السابق · Home End: الأولى، الأخيرة · T: المؤقت · R: إعادة ضبط المؤقت · F: ملء الشاشة · H: هذه المفاتيح · Esc: خروج</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/presentation.py" line="156" />
        <source>{0} — presentation</source>
        <extracomment>the index of the page now shown</extracomment>
        <translation>{0} — العرض</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/presentation.py" line="156" />
        <source>Presentation</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/presentation.py" line="157" />
        <source>Presentation of outcomes</source>
        <translation>عرض النتائج</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="124" />
        <source>Reading the workshop</source>
        <extracomment>the main window's File menu, as it names it (translated in the main window's context) a note holds characters no bundled font has (printed as �): one line naming it</extracomment>
        <translation>جارٍ قراءة ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/export_dialog.py" line="161" />
        <source>The export failed unexpectedly ({0}: {1}); nothing was written.</source>
        <translation>فشل التصدير على نحو غير متوقع ({0}: {1})؛ لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="78" />
        <source>Report title</source>
        <translation>عنوان التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="84" />
        <source>Printed</source>
        <translation>تُطبع</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="84" />
        <source>Title in the report</source>
        <translation>العنوان في التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="85" />
        <source>Sections of the report, in print order</source>
        <translation>أقسام التقرير، بترتيب الطباعة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="87" />
        <source>Tick to print a section; edit its title (empty: the default title); Alt+Up and Alt+Down reorder</source>
        <translation>أشِّر على القسم لطباعته؛ عدِّل عنوانه (فارغ: العنوان الافتراضي)؛ Alt+Up وAlt+Down لإعادة الترتيب</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="99" />
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="101" />
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="104" />
        <source>Default sections</source>
        <translation>الأقسام الافتراضية</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="106" />
        <source>Move the section up (Alt+Up)</source>
        <translation>نقل القسم إلى الأعلى (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="107" />
        <source>Move the section down (Alt+Down)</source>
        <translation>نقل القسم إلى الأسفل (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="108" />
        <source>Every section in the default order, with its default title; the list of participants not printed</source>
        <translation>كل الأقسام بترتيبها الافتراضي وبعناوينها الافتراضية؛ دون طباعة قائمة المشاركين</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="118" />
        <source>Opens the wrap-up: who presented the outcomes of the thematic sessions, who moderated.</source>
        <translation>يفتتح الجلسة الختامية: من عرض نتائج الجلسات المواضيعية، ومن أدارها.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="119" />
        <source>Lead-in of the wrap-up</source>
        <translation>تمهيد الجلسة الختامية</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="120" />
        <source>Light Markdown: **bold** names, *italics*; Ctrl+B and Ctrl+I</source>
        <translation>Markdown مبسّط: الأسماء **بخط عريض**، *مائل*؛ Ctrl+B وCtrl+I</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="123" />
        <source>The introduction's figures: “About 190 participants from 89 UN Member States …”</source>
        <translation>أرقام المقدمة: «نحو 190 مشاركًا من 89 دولة عضوًا في الأمم المتحدة…»</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="124" />
        <source>Statistics sentence of the introduction</source>
        <translation>الجملة الإحصائية في المقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="125" />
        <source>Offer from the data</source>
        <translation>اقتراح من البيانات</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="127" />
        <source>Write the sentence from the participants (how many, from how many States, which other stakeholders), to edit</source>
        <translation>صياغة الجملة من بيانات المشاركين (عددهم، وعدد الدول، والجهات المعنية الأخرى)، لتعديلها</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="129" />
        <source>Offer the statistics sentence from the participants</source>
        <translation>اقتراح الجملة الإحصائية من بيانات المشاركين</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="145" />
        <source>Report &amp;title:</source>
        <translation>&amp;عنوان التقرير:</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="149" />
        <source>&lt;b&gt;Sections&lt;/b&gt; (in print order)</source>
        <translation>&lt;b&gt;الأقسام&lt;/b&gt; (بترتيب الطباعة)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="156" />
        <source>&lt;b&gt;Wrap-up lead-in&lt;/b&gt;</source>
        <translation>&lt;b&gt;تمهيد الجلسة الختامية&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="163" />
        <source>&lt;b&gt;Statistics&lt;/b&gt; (empty: the offered sentence)</source>
        <translation>&lt;b&gt;الإحصاءات&lt;/b&gt; (فارغ: الجملة المقترحة)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="188" />
        <source>Empty: the report is called “{0}”</source>
        <extracomment>bold and italics buttons beside the lead-in's title, and its formatted preview under it</extracomment>
        <translation>فارغ: يكون عنوان التقرير «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="229" />
        <source>Offered from the data: {0}</source>
        <translation>المقترح من البيانات: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="232" />
        <source>Edit wrap-up lead-in</source>
        <translation>تعديل تمهيد الجلسة الختامية</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="233" />
        <source>Edit statistics sentence</source>
        <translation>تعديل الجملة الإحصائية</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="259" />
        <source>Ticked: “{0}” is printed</source>
        <translation>مؤشَّر عليه: يُطبع «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="261" />
        <source>Empty: “{0}”</source>
        <translation>فارغ: «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="292" />
        <source>Edit report title</source>
        <translation>تعديل عنوان التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="316" />
        <source>Change report sections</source>
        <translation>تغيير أقسام التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/report_settings.py" line="326" />
        <source>Nothing to offer: the workshop has no participants yet.</source>
        <translation>لا شيء لاقتراحه: لا مشاركين في ورشة العمل بعد.</translation>
    </message>
</context>
<context>
    <name>SessionAccountEditor</name>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="73" />
        <source>Account (rapporteur)</source>
        <extracomment>agenda items that are not plenary sessions (as the Service says: no speakers, no account)</extracomment>
        <translation>المحضر (المقرر)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="74" />
        <source>What was said, written as it happens: **bold** for key phrases, “- ” for bullets, “1. ” for numbered points, “&gt; ” for a quote. Saved as you type.</source>
        <translation>ما قيل، مكتوبًا أثناء حدوثه: **خط عريض** للعبارات الرئيسية، و«- » للتعداد النقطي، و«1. » للنقاط المرقّمة، و«&gt; » للاقتباس. يُحفظ أثناء الكتابة.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="79" />
        <source>Account of the session</source>
        <translation>محضر الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="81" />
        <source>The rapporteur's account for the report, in light Markdown; saved as you type</source>
        <translation>محضر المقرر للتقرير، بصيغة Markdown مبسّطة؛ يُحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="106" />
        <source>session</source>
        <extracomment>the uuid of each session's account: the stored one, or the one the first save will create Ctrl+B, Ctrl+I, the same as buttons in the title's row, and the formatted preview</extracomment>
        <translation>جلسة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="107" />
        <source>Account · {0}</source>
        <translation>المحضر · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="110" />
        <source>Decide later: your text stays in the editor, not saved; “Merge…” under it opens this window again. Choosing another session before deciding saves both texts, theirs first.</source>
        <translation>القرار لاحقًا: يبقى نصّك في المحرر دون حفظ؛ وزر «دمج…» أسفله يفتح هذه النافذة مجددًا. اختيار جلسة أخرى قبل القرار يحفظ النصّين، نصّهم أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="127" />
        <source>Edit account</source>
        <translation>تعديل المحضر</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="143" />
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="143" />
        <source>Recorded</source>
        <translation>المسجَّل</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="144" />
        <source>Plenary sessions by day</source>
        <translation>الجلسات العامة حسب اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="146" />
        <source>Every agenda item that is not a round or a break; choose one to record its speakers and account</source>
        <translation>كل بند في جدول الأعمال ليس جولة ولا استراحة؛ اختر بندًا لتسجيل المتحدثين فيه ومحضره</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/sessions_view.py" line="225" />
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n متحدث</numerusform><numerusform>%n متحدث</numerusform><numerusform>%n متحدثان</numerusform><numerusform>%n متحدثين</numerusform><numerusform>%n متحدثًا</numerusform><numerusform>%n متحدث</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="227" />
        <source>account</source>
        <translation>محضر</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/sessions_view.py" line="247" />
        <source>&lt;i&gt;No plenary session on the agenda yet: add one in Setup › Agenda (any item that is not a round or a break).&lt;/i&gt;</source>
        <translation>&lt;i&gt;لا توجد جلسة عامة في جدول الأعمال بعد: أضف جلسة من الإعداد › جدول الأعمال (أيّ بند ليس جولة ولا استراحة).&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="48" />
        <source>Moderator</source>
        <extracomment>the roles in the order the list offers them, with how each reads (translated where shown)</extracomment>
        <translation>مدير الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="49" />
        <source>Keynote speaker</source>
        <translation>المتحدث الرئيسي</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="50" />
        <source>Panellist</source>
        <translation>عضو حلقة النقاش</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="51" />
        <source>Host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="52" />
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="53" />
        <source>Rapporteur</source>
        <translation>المقرر</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="76" />
        <source>Name</source>
        <extracomment>the fields of the table's columns, in order completion entries: the name put in the line, the organisation, and the participant's uuid or None</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="77" />
        <source>Title</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="78" />
        <location filename="../../ui/plenary/speakers_panel.py" line="169" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="79" />
        <location filename="../../ui/plenary/speakers_panel.py" line="119" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="148" />
        <source>Speakers of the session</source>
        <extracomment>the person chosen from the completion: (name, participant uuid or None), until added the speaker to select once the snapshot shows it (just added or moved)</extracomment>
        <translation>المتحدثون في الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="150" />
        <source>Name, title, organisation and role of each speaker, in the order they spoke. F2 edits a cell; Alt+Up and Alt+Down move a speaker; Delete removes one.</source>
        <translation>اسم كل متحدث ومنصبه ومنظمته ودوره، بترتيب الكلام. F2 لتعديل خلية؛ Alt+Up وAlt+Down لنقل متحدث؛ Delete لإزالته.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="161" />
        <source>Name: type, or choose from the participants and hosts</source>
        <translation>الاسم: اكتبه، أو اختره من المشاركين والمضيفين</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="162" />
        <source>New speaker's name</source>
        <translation>اسم المتحدث الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="165" />
        <source>Title (Undersecretary for …)</source>
        <translation>المنصب (وكيل وزارة لشؤون…)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="166" />
        <source>New speaker's title</source>
        <translation>منصب المتحدث الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="170" />
        <source>New speaker's organisation</source>
        <translation>منظمة المتحدث الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="173" />
        <source>New speaker's role</source>
        <translation>دور المتحدث الجديد</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="177" />
        <location filename="../../ui/plenary/speakers_panel.py" line="319" />
        <source>Add speaker</source>
        <translation>إضافة متحدث</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="179" />
        <source>Add the speaker to the session</source>
        <translation>إضافة المتحدث إلى الجلسة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="193" />
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="194" />
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="195" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="196" />
        <source>Move the speaker up (Alt+Up)</source>
        <translation>نقل المتحدث إلى الأعلى (Alt+Up)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="197" />
        <source>Move the speaker down (Alt+Down)</source>
        <translation>نقل المتحدث إلى الأسفل (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="198" />
        <source>Remove the speaker (Delete)</source>
        <translation>إزالة المتحدث (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="218" />
        <source>Double-click a cell (or F2) to correct it; every change can be undone.</source>
        <translation>انقر نقرًا مزدوجًا على خلية (أو F2) لتصحيحها؛ يمكن التراجع عن كل تغيير.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="223" />
        <source>&lt;b&gt;Speakers&lt;/b&gt;</source>
        <translation>&lt;b&gt;المتحدثون&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="313" />
        <source>Type the speaker's name first (or choose someone from the list).</source>
        <translation>اكتب اسم المتحدث أولًا (أو اختر شخصًا من القائمة).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="327" />
        <source>Added {0}.</source>
        <translation>أُضيف {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="341" />
        <source>A speaker needs a name; use Remove to take them off the list.</source>
        <translation>يجب أن يكون للمتحدث اسم؛ استخدم «إزالة» لحذفه من القائمة.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="343" />
        <source>Edit speaker</source>
        <translation>تعديل المتحدث</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="346" />
        <source>Not changed: {0}</source>
        <translation>لم يُغيَّر: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="356" />
        <source>Move speaker</source>
        <translation>نقل المتحدث</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="363" />
        <source>Remove speaker {0}</source>
        <translation>إزالة المتحدث {0}</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/speakers_panel.py" line="366" />
        <source>Removed {0}; Undo brings them back.</source>
        <translation>أُزيل {0}؛ التراجع يعيده.</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="62" />
        <source>What the vote is on</source>
        <translation>موضوع التصويت</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="67" />
        <source>Dots per phone</source>
        <translation>عدد النقاط لكل هاتف</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="68" />
        <source>Open the vote</source>
        <translation>فتح التصويت</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="70" />
        <source>Open a dot vote</source>
        <translation>فتح تصويت بالنقاط</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="72" />
        <source>Open a dot vote on:</source>
        <translation>فتح تصويت بالنقاط على:</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="72" />
        <source>Dots per phone:</source>
        <translation>عدد النقاط لكل هاتف:</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="84" />
        <source>Dot votes</source>
        <translation>عمليات التصويت بالنقاط</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="89" />
        <source>Results of the chosen vote, most dots first</source>
        <translation>نتائج التصويت المختار، الأكثر نقاطًا أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="90" />
        <source>Dots</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="90" />
        <source>Choice</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="102" />
        <source>QR code of the vote's page</source>
        <translation>رمز QR لصفحة التصويت</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="107" />
        <source>Address of the vote's page</source>
        <translation>عنوان صفحة التصويت</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="108" />
        <location filename="../../ui/plenary/votes_view.py" line="216" />
        <source>Close the vote</source>
        <translation>إغلاق التصويت</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="111" />
        <source>Renew link</source>
        <translation>تجديد الرابط</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="113" />
        <source>Renew the vote's link</source>
        <translation>تجديد رابط التصويت</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="114" />
        <source>A new link and QR code; the old ones stop working</source>
        <translation>رابط جديد ورمز QR جديد؛ ويتوقف القديمان عن العمل</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="116" />
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="118" />
        <source>Delete the chosen vote and its dots</source>
        <translation>حذف التصويت المختار ونقاطه</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="150" />
        <source>The cross-cutting lessons</source>
        <translation>الدروس الشاملة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="152" />
        <source>Key points of {0}</source>
        <translation>النقاط الرئيسية في {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/votes_view.py" line="170" />
        <location filename="../../ui/plenary/votes_view.py" line="258" />
        <source>%n phone(s)</source>
        <translation>
            <numerusform>%n هاتف</numerusform><numerusform>هاتف واحد</numerusform><numerusform>هاتفان</numerusform><numerusform>%n هواتف</numerusform><numerusform>%n هاتفًا</numerusform><numerusform>%n هاتف</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="171" />
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="171" />
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="179" />
        <source>Cross-cutting lessons</source>
        <translation>الدروس الشاملة</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="181" />
        <source>Dot vote</source>
        <translation>تصويت بالنقاط</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="199" />
        <source>No vote yet. Write the cross-cutting lessons (or mark key points in a room), then open a vote and show its QR code.</source>
        <translation>لا يوجد تصويت بعد. اكتب الدروس الشاملة (أو ميّز نقاطًا رئيسية في قاعة)، ثم افتح تصويتًا واعرض رمز QR الخاص به.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plenary/votes_view.py" line="211" />
        <source>%n phone(s) voted</source>
        <translation>
            <numerusform>لم يصوّت أي هاتف</numerusform><numerusform>صوّت هاتف واحد</numerusform><numerusform>صوّت هاتفان</numerusform><numerusform>صوّتت %n هواتف</numerusform><numerusform>صوّت %n هاتفًا</numerusform><numerusform>صوّت %n هاتف</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="213" />
        <source>{0} — {1}, {2} dots given, {3} per phone.</source>
        <translation>{0} — {1}؛ النقاط الممنوحة: {2} ({3} لكل هاتف).</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="215" />
        <source>Open: phones can give their dots.</source>
        <translation>التصويت مفتوح: يمكن للهواتف منح نقاطها.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="215" />
        <source>Closed.</source>
        <translation>التصويت مغلق.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="216" />
        <source>Reopen</source>
        <translation>إعادة الفتح</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="217" />
        <source>Close the chosen vote</source>
        <translation>إغلاق التصويت المختار</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="218" />
        <source>Reopen the chosen vote</source>
        <translation>إعادة فتح التصويت المختار</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="228" />
        <source>Share the venue pages (Round › Share on the venue network) to show this vote's QR code.</source>
        <translation>شارك صفحات مكان الفعالية (الجولة › المشاركة على شبكة مكان الفعالية) لعرض رمز QR الخاص بهذا التصويت.</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="256" />
        <source>Delete the vote</source>
        <translation>حذف التصويت</translation>
    </message>
    <message>
        <location filename="../../ui/plenary/votes_view.py" line="257" />
        <source>Delete the vote “{0}” and the dots {1} gave? This cannot be undone.</source>
        <translation>هل تريد حذف التصويت «{0}» والنقاط التي منحها {1}؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
</TS>