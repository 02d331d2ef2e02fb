<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar_EG">
<context>
    <name>AttributionField</name>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="79" />
        <source>&amp;Who (selected item):</source>
        <translation>مَن (البند المختار) (&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="83" />
        <source>Who: countries or organisations of the chosen item</source>
        <translation>مَن: بلدان البند المختار أو منظماته</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="84" />
        <source>Countries or organisations, separated by commas, e.g. Egypt, Italy, ILO</source>
        <translation>بلدان أو منظمات مفصولة بفواصل، مثل: مصر، إيطاليا، منظمة العمل الدولية</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_attributions.py" line="85" />
        <source>Separated by commas; completion offers the participants' countries and organisations. Alt+W comes here.</source>
        <translation>مفصولة بفواصل؛ يقترح الإكمال التلقائي بلدان المشاركين ومنظماتهم. يصل Alt+W إلى هنا.</translation>
    </message>
</context>
<context>
    <name>BriefView</name>
    <message>
        <location filename="../../ui/room/brief_view.py" line="88" />
        <source>NEW</source>
        <extracomment>lines of the brief put on screen together (one piece of HTML) the first step shows at least this many lines at once: a usual brief appears whole, in one go how long one later step may hold the window before the next event is served</extracomment>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="103" />
        <source>Guiding question</source>
        <translation>السؤال التوجيهي</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="104" />
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="220" />
        <source>Print the brief</source>
        <extracomment>every line is on screen</extracomment>
        <translation>طباعة الإحاطة</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="221" />
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="296" />
        <location filename="../../ui/room/brief_view.py" line="299" />
        <source>Full brief</source>
        <extracomment>the brief with both outlines (None: no brief yet) what the browser shows: (room, round, full), for keeping the reader's place on a refresh</extracomment>
        <translation>الإحاطة كاملة</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="298" />
        <source>Every item and citation, instead of what fits a two-minute briefing</source>
        <translation>جميع البنود والاستشهادات، بدلًا مما يتسع له عرض مدته دقيقتان</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="303" />
        <source>Projector screen</source>
        <translation>شاشة جهاز العرض</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="304" />
        <source>The screen the brief is shown on in large type</source>
        <translation>الشاشة التي تُعرض عليها الإحاطة بخط كبير</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="305" />
        <source>Show on projector</source>
        <translation>العرض على جهاز العرض</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="307" />
        <source>The brief in large type, full screen on the chosen screen (F: full screen, + and −: size, Escape: close)</source>
        <translation>الإحاطة بخط كبير وبملء الشاشة المختارة (F: ملء الشاشة، + و−: الحجم، Esc: إغلاق)</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="310" />
        <source>Print (PDF)…</source>
        <translation>طباعة (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="312" />
        <source>Save the brief as a PDF to print</source>
        <translation>حفظ الإحاطة بصيغة PDF لطباعتها</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="320" />
        <source>Screen:</source>
        <translation>الشاشة:</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="329" />
        <source>The host's brief</source>
        <translation>إحاطة المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="407" />
        <source>&lt;p&gt;&lt;i&gt;Choose a room.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;اختر قاعة.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="415" />
        <source>%n items</source>
        <translation><numerusform>%n بند</numerusform><numerusform>%n بند</numerusform><numerusform>%n بندان</numerusform><numerusform>%n بنود</numerusform><numerusform>%n بندًا</numerusform><numerusform>%n بند</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="416" />
        <source>%n new</source>
        <translation><numerusform>جديدة: %n</numerusform><numerusform>جديد: %n</numerusform><numerusform>جديدان: %n</numerusform><numerusform>جديدة: %n</numerusform><numerusform>جديدة: %n</numerusform><numerusform>جديدة: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/brief_view.py" line="417" />
        <source>about %n min to read</source>
        <translation><numerusform>نحو %n دقيقة للقراءة</numerusform><numerusform>نحو %n دقيقة للقراءة</numerusform><numerusform>نحو %n دقيقتين للقراءة</numerusform><numerusform>نحو %n دقائق للقراءة</numerusform><numerusform>نحو %n دقيقة للقراءة</numerusform><numerusform>نحو %n دقيقة للقراءة</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="423" />
        <source>Screen {0}</source>
        <translation>الشاشة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="460" />
        <source>The brief was saved to {0}.</source>
        <translation>حُفظت الإحاطة في {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="462" />
        <source>The brief was not saved: {0}</source>
        <translation>لم تُحفظ الإحاطة: {0}</translation>
    </message>
</context>
<context>
    <name>ContributionQueue</name>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="48" />
        <source>Opportunity</source>
        <extracomment>the kind of one contribution (the columns' titles are plural)</extracomment>
        <translation>فرصة</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="49" />
        <source>Challenge</source>
        <translation>تحدٍّ</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="50" />
        <source>Practice</source>
        <translation>ممارسة</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="51" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="94" />
        <source>Contributions from phones</source>
        <extracomment>a sentence for the status bar</extracomment>
        <translation>المساهمات الواردة من الهواتف</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="95" />
        <source>Enter accepts the chosen contribution into the notes, Delete dismisses it</source>
        <translation>يقبل Enter المساهمة المختارة في الملاحظات، ويستبعدها Delete</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="104" />
        <source>Column the contribution goes to</source>
        <translation>العمود الذي تُضاف إليه المساهمة</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="112" />
        <source>Heading the contribution goes under (empty: none)</source>
        <translation>العنوان الفرعي الذي تندرج تحته المساهمة (فارغ: بلا عنوان)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="116" />
        <source>Text of the contribution, as it will be in the notes</source>
        <translation>نص المساهمة كما سيَرِد في الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="120" />
        <source>Accept into the notes</source>
        <translation>قبول في الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="122" />
        <source>Accept the chosen contribution into the notes</source>
        <translation>قبول المساهمة المختارة في الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="123" />
        <location filename="../../ui/room/contributions_queue.py" line="194" />
        <source>It becomes an item of this round, under the heading chosen (Enter)</source>
        <translation>تصبح بندًا في هذه الجولة، تحت العنوان الفرعي المختار (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="125" />
        <source>Dismiss</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="127" />
        <source>Dismiss the chosen contribution</source>
        <translation>استبعاد المساهمة المختارة</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="128" />
        <source>It leaves the queue and goes nowhere (Delete in the list; Ctrl+Z brings it back)</source>
        <translation>تخرج من قائمة الانتظار دون أن تُضاف إلى أي مكان (Delete في القائمة؛ ويعيدها Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="131" />
        <source>Column:</source>
        <translation>العمود:</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="131" />
        <source>Under heading:</source>
        <translation>تحت العنوان الفرعي:</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="132" />
        <source>Text:</source>
        <translation>النص:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/contributions_queue.py" line="187" />
        <location filename="../../ui/room/contributions_queue.py" line="285" />
        <source>From phones: %n contribution(s) waiting</source>
        <translation><numerusform>من الهواتف: لا مساهمات في الانتظار</numerusform><numerusform>من الهواتف: مساهمة واحدة في الانتظار</numerusform><numerusform>من الهواتف: مساهمتان في الانتظار</numerusform><numerusform>من الهواتف: %n مساهمات في الانتظار</numerusform><numerusform>من الهواتف: %n مساهمة في الانتظار</numerusform><numerusform>من الهواتف: %n مساهمة في الانتظار</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="195" />
        <source>Choose a round to accept into (all rounds are read only)</source>
        <translation>اختر جولة لقبول المساهمة فيها («جميع الجولات» للقراءة فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="252" />
        <source>Choose a round first: all rounds are read only.</source>
        <translation>اختر جولة أولًا: «جميع الجولات» للقراءة فقط.</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="256" />
        <source>The text is empty: type it, or dismiss the contribution.</source>
        <translation>النص فارغ: اكتبه، أو استبعد المساهمة.</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="261" />
        <source>Accept a contribution</source>
        <translation>قبول مساهمة</translation>
    </message>
    <message>
        <location filename="../../ui/room/contributions_queue.py" line="271" />
        <source>Dismiss a contribution</source>
        <translation>استبعاد مساهمة</translation>
    </message>
</context>
<context>
    <name>HeaderTexts</name>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="230" />
        <source>Summary: draft (%n words)</source>
        <translation><numerusform>الملخص: مسودة (%n كلمة)</numerusform><numerusform>الملخص: مسودة (%n كلمة)</numerusform><numerusform>الملخص: مسودة (%n كلمتان)</numerusform><numerusform>الملخص: مسودة (%n كلمات)</numerusform><numerusform>الملخص: مسودة (%n كلمة)</numerusform><numerusform>الملخص: مسودة (%n كلمة)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="231" />
        <source>Summary: final (%n words)</source>
        <translation><numerusform>الملخص: نهائي (%n كلمة)</numerusform><numerusform>الملخص: نهائي (%n كلمة)</numerusform><numerusform>الملخص: نهائي (%n كلمتان)</numerusform><numerusform>الملخص: نهائي (%n كلمات)</numerusform><numerusform>الملخص: نهائي (%n كلمة)</numerusform><numerusform>الملخص: نهائي (%n كلمة)</numerusform></translation>
    </message>
</context>
<context>
    <name>KeyTexts</name>
    <message>
        <location filename="../../ui/room/notes_column.py" line="72" />
        <source>In an entry line</source>
        <translation>في سطر الإدخال</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="73" />
        <source>Enter — add the item (or the heading)</source>
        <translation>Enter — إضافة البند (أو العنوان الفرعي)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="74" />
        <source>Ctrl+H — type a heading; the items typed next go under it</source>
        <translation>Ctrl+H — كتابة عنوان فرعي؛ تندرج تحته البنود التالية</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="75" />
        <source>↑ / ↓ — choose a row of the list (new items go under its heading)</source>
        <translation>↑ / ↓ — اختيار سطر من القائمة (تندرج البنود الجديدة تحت عنوانه الفرعي)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="76" />
        <source>Escape — leave heading mode, then clear the choice</source>
        <translation>Esc — الخروج من وضع العنوان الفرعي، ثم إلغاء الاختيار</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="77" />
        <source>F2 — edit the chosen row in place (none chosen: the last row)</source>
        <translation>F2 — تعديل السطر المختار في مكانه (وإلا فالسطر الأخير)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="78" />
        <source>Delete, on an empty line — delete the chosen row (none chosen: choose the last row first)</source>
        <translation>Delete في سطر فارغ — حذف السطر المختار (وإلا فاختيار السطر الأخير أولًا)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="80" />
        <source>In a list</source>
        <translation>في القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="81" />
        <source>F2 or a double click — edit in place (Enter or Escape ends, keeping the text)</source>
        <translation>F2 أو نقر مزدوج — التعديل في المكان (Enter أو Esc للإنهاء مع حفظ النص)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="82" />
        <source>Delete — delete the chosen row</source>
        <translation>Delete — حذف السطر المختار</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="83" />
        <source>Right click or the Menu key — the chosen item's actions, each with its key</source>
        <translation>النقر بالزر الأيمن أو مفتاح القائمة — إجراءات البند المختار، كلٌّ بمفتاحه</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="85" />
        <source>Anywhere in the notes</source>
        <translation>في أي مكان من الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="86" />
        <source>Ctrl+1 … Ctrl+4 — the entry of Opportunities, Challenges, Practices, Other</source>
        <translation>Ctrl+1 … Ctrl+4 — سطر إدخال الفرص، التحديات، الممارسات، أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="87" />
        <source>Ctrl+K — mark the chosen item as a key point ★ (again: unmark it)</source>
        <translation>Ctrl+K — تمييز البند المختار نقطةً رئيسية ★ (مرة أخرى: إلغاء التمييز)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="88" />
        <source>Alt+↑ / Alt+↓ — move the chosen item (a heading moves with its items)</source>
        <translation>Alt+↑ / Alt+↓ — نقل البند المختار (ينتقل العنوان الفرعي مع بنوده)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="89" />
        <source>Alt+← / Alt+→, Ctrl+Shift+1 … 4 — move the chosen item to another column</source>
        <translation>Alt+← / Alt+→، Ctrl+Shift+1 … 4 — نقل البند المختار إلى عمود آخر</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="90" />
        <source>Ctrl+Z / Ctrl+Shift+Z — undo, redo (in an entry, its typing first)</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z — تراجع، إعادة (في سطر الإدخال تُلغى الكتابة أولًا)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="92" />
        <source>In the room view</source>
        <translation>في عرض القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="93" />
        <source>Ctrl+R — go to the round running in this room</source>
        <translation>Ctrl+R — الانتقال إلى الجولة الجارية في هذه القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="94" />
        <source>Alt+W — the Who field of the chosen item</source>
        <translation>Alt+W — حقل «مَن» للبند المختار</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="95" />
        <source>In the round summary and synthesis: Ctrl+B bold, Ctrl+I italics, Ctrl+Shift+P preview</source>
        <translation>في ملخص الجولة وخلاصة المحور: Ctrl+B غامق، Ctrl+I مائل، Ctrl+Shift+P معاينة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="96" />
        <source>Alt+1 … Alt+5 — the places of the window</source>
        <translation>Alt+1 … Alt+5 — أقسام النافذة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="97" />
        <source>F1 — show or hide every key</source>
        <translation>F1 — إظهار جميع المفاتيح أو إخفاؤها</translation>
    </message>
</context>
<context>
    <name>NoteColumnModel</name>
    <message>
        <location filename="../../ui/room/notes_model.py" line="140" />
        <source>Heading “{0}”: F2 renames it, Alt+Up/Down moves it with its items</source>
        <extracomment>the heading a row belongs to ("" for items under no heading) the row's key (note uuid, or "<byte value="x1f" />" + the uuid of its block's first note for a heading row) True while this laptop's change of the row has not been saved yet the :class:`Row` itself (one call where a delegate needs several facts) True for an item marked as a key point (★, for the plenary's slides) the item's note; for a heading row the first note standing for it (or None) the text shown, when given (a heading's name); an item's is made from its note when first asked the item is marked as a key point (★): the plenary's slides start from these (row, new text) the user finished editing in place</extracomment>
        <translation>العنوان الفرعي «{0}»: يغيّر F2 اسمه، وينقله Alt+أعلى/أسفل مع بنوده</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_model.py" line="142" />
        <source>Who: {0}</source>
        <translation>مَن: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_model.py" line="144" />
        <source>★ Key point: on the plenary's slides (Ctrl+K unmarks it)</source>
        <translation>★ نقطة رئيسية: في شرائح الجلسة العامة (يلغي Ctrl+K التمييز)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_model.py" line="148" />
        <source>Key point: {0}</source>
        <translation>نقطة رئيسية: {0}</translation>
    </message>
</context>
<context>
    <name>NotesColumn</name>
    <message>
        <location filename="../../ui/room/notes_column.py" line="57" />
        <source>Enter adds · ↑↓ choose · F2 edits · Delete on an empty line deletes · Ctrl+K key point · Ctrl+H heading · Alt+↑↓ move · Alt+←→ other column · Ctrl+1–4 column · Ctrl+Z undo · F1 all keys</source>
        <translation>Enter للإضافة · ↑↓ للاختيار · F2 للتعديل · Delete في سطر فارغ للحذف · Ctrl+K نقطة رئيسية · Ctrl+H عنوان فرعي · Alt+↑↓ للنقل · Alt+←→ عمود آخر · Ctrl+1–4 العمود · Ctrl+Z تراجع · F1 كل المفاتيح</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="253" />
        <source>{0}: items</source>
        <extracomment>rows a column lays out between two events</extracomment>
        <translation>{0}: البنود</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="254" />
        <source>F2 edits the chosen item, Delete deletes it, Ctrl+K marks it as a key point; the Menu key lists every action</source>
        <translation>يعدّل F2 البند المختار، ويحذفه Delete، ويميّزه Ctrl+K نقطةً رئيسية؛ ويعرض مفتاح القائمة جميع الإجراءات</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="258" />
        <source>New item in {0}</source>
        <translation>بند جديد في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="344" />
        <location filename="../../ui/room/notes_column.py" line="345" />
        <source>Choose a round to add items</source>
        <translation>اختر جولة لإضافة بنود</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="349" />
        <source>New heading, e.g. Access to justice:</source>
        <translation>عنوان فرعي جديد، مثل: الوصول إلى العدالة:</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="350" />
        <source>Enter adds the heading · Esc: items</source>
        <translation>Enter يضيف العنوان الفرعي · Esc: البنود</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="353" />
        <source>Add to {0} (Ctrl+{1})</source>
        <translation>إضافة إلى {0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="354" />
        <source>Under “{0}” · Esc: none</source>
        <translation>تحت «{0}» · Esc: بلا عنوان</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_column.py" line="355" />
        <source>No heading · Ctrl+H adds one</source>
        <translation>بلا عنوان فرعي · Ctrl+H لإضافة واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_column.py" line="365" />
        <source>%n items in {0}</source>
        <translation><numerusform>%n بند في {0}</numerusform><numerusform>بند واحد (%n) في {0}</numerusform><numerusform>بندان (%n) في {0}</numerusform><numerusform>%n بنود في {0}</numerusform><numerusform>%n بندًا في {0}</numerusform><numerusform>%n بند في {0}</numerusform></translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="81" />
        <source>Delete heading</source>
        <translation>حذف العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="93" />
        <source>Not deleted: {0}</source>
        <translation>لم يُحذف: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="95" />
        <source>Delete item</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="109" />
        <source>Move heading</source>
        <translation>نقل العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="113" />
        <source>Move item up</source>
        <translation>نقل البند إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="113" />
        <source>Move item down</source>
        <translation>نقل البند إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="128" />
        <source>A heading moves within its column; move its items one by one.</source>
        <translation>يتحرك العنوان الفرعي داخل عموده فقط؛ انقل بنوده واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="139" />
        <source>Move item to {0}</source>
        <translation>نقل البند إلى {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="147" />
        <source>Choose an item first (↑↓ or a click); Ctrl+K then marks it as a key point.</source>
        <translation>اختر بندًا أولًا (↑↓ أو نقرة)؛ ثم يميّزه Ctrl+K نقطةً رئيسية.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="150" />
        <source>All rounds are shown together, read-only: choose a round to mark key points.</source>
        <translation>تُعرض جميع الجولات معًا للقراءة فقط: اختر جولة لتمييز النقاط الرئيسية.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="153" />
        <source>A heading is on the slides anyway: mark the items under “{0}”.</source>
        <translation>يظهر العنوان الفرعي في الشرائح على أي حال: ميّز البنود الواردة تحت «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="171" />
        <source>Not marked as a key point: {0}</source>
        <translation>لم يُميَّز نقطةً رئيسية: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="172" />
        <source>Still a key point: {0}</source>
        <translation>ما زال نقطة رئيسية: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="174" />
        <source>Mark key point</source>
        <translation>تمييز نقطة رئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="174" />
        <source>Unmark key point</source>
        <translation>إلغاء تمييز النقطة الرئيسية</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="178" />
        <source>Marked as a key point ★: it starts on the plenary's slides.</source>
        <translation>مُيِّز نقطةً رئيسية ★: سيظهر منذ البداية في شرائح الجلسة العامة.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_actions.py" line="179" />
        <source>No longer a key point.</source>
        <translation>لم يعد نقطة رئيسية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_editor.py" line="131" />
        <source>“{0}” still has %n items: move or delete them first.</source>
        <extracomment>how long after this view's own edits the notes are read again anyway None for a commit that came without an open editor (see ``_committed``) the item the attribution field edits changed (a note, or None) a sentence for the status bar editing session -&gt; the version its item had when the session began: every save of the session is made against it (the worker forwards this window's own steps), so a reload that brings another laptop's change under an open editor cannot make a save pass over it items waiting for the user to merge (their uuid -&gt; NoteMerge) a change this view did not apply itself (a move, an undo) needs a reload</extracomment>
        <translation><numerusform>ما زال تحت «{0}» %n بند: انقلها أو احذفها أولًا.</numerusform><numerusform>ما زال تحت «{0}» بند واحد (%n): انقله أو احذفه أولًا.</numerusform><numerusform>ما زال تحت «{0}» بندان (%n): انقلهما أو احذفهما أولًا.</numerusform><numerusform>ما زال تحت «{0}» %n بنود: انقلها أو احذفها أولًا.</numerusform><numerusform>ما زال تحت «{0}» %n بندًا: انقلها أو احذفها أولًا.</numerusform><numerusform>ما زال تحت «{0}» %n بند: انقلها أو احذفها أولًا.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="194" />
        <source>The notes could not be read: {0}</source>
        <translation>تعذّرت قراءة الملاحظات: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="309" />
        <source>This item was deleted meanwhile; your text was kept as a new item.</source>
        <translation>حُذف هذا البند في الأثناء؛ وحُفظ نصك بندًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="321" />
        <source>Edit item</source>
        <translation>تعديل البند</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="348" />
        <source>{0} Your text was kept as a new item.</source>
        <translation>{0} حُفظ نصك بندًا جديدًا.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="369" />
        <source>Heading not renamed: {0}</source>
        <translation>لم يُغيَّر اسم العنوان الفرعي: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="374" />
        <source>Rename heading</source>
        <translation>تغيير اسم العنوان الفرعي</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="391" />
        <source>Who said it was not saved: {0}</source>
        <translation>لم يُحفظ حقل «مَن»: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_editor.py" line="394" />
        <source>Set who said it</source>
        <translation>تحديد القائل</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="124" />
        <source>{0}: nothing to edit yet.</source>
        <extracomment>the column whose entry gets the focus back when the in-place edit started from it ends</extracomment>
        <translation>{0}: لا شيء للتعديل بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="144" />
        <source>{0}: nothing to delete.</source>
        <translation>{0}: لا شيء للحذف.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="146" />
        <source>“{0}” is chosen: Delete again deletes it (Ctrl+Z brings it back).</source>
        <translation>«{0}» مختار: اضغط Delete مرة أخرى لحذفه (ويعيده Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="152" />
        <source>Deleted “{0}”. Ctrl+Z brings it back.</source>
        <translation>حُذف «{0}». يعيده Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="213" />
        <source>Not added: {0}</source>
        <translation>لم يُضَف: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="215" />
        <source>Add heading</source>
        <translation>إضافة عنوان فرعي</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_entries.py" line="215" />
        <source>Add item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="42" />
        <source>Decide later: both stay in the column, theirs and yours (kept as a new item under the same heading).</source>
        <translation>القرار لاحقًا: يبقى الاثنان في العمود، بندهم وبندك (محفوظًا بندًا جديدًا تحت العنوان الفرعي نفسه).</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="89" />
        <source>An item in {0}, under “{1}”</source>
        <extracomment>the (room, round) both items are in their item as the Service last reported it</extracomment>
        <translation>بند في {0}، تحت «{1}»</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="90" />
        <source>An item in {0}</source>
        <translation>بند في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="144" />
        <source>Merged into the other laptop's item; the copy kept aside was deleted.</source>
        <translation>دُمج في بند الحاسوب الآخر؛ وحُذفت النسخة المحفوظة جانبًا.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="149" />
        <source>Not merged: {0} Your text stays as its own item.</source>
        <translation>لم يُدمج: {0} يبقى نصك بندًا مستقلًا.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="160" />
        <source>Merge item</source>
        <translation>دمج البند</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="167" />
        <source>Kept the other laptop's text; your copy was deleted (Ctrl+Z brings it back).</source>
        <translation>أُبقي نص الحاسوب الآخر؛ وحُذفت نسختك (يعيدها Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="175" />
        <source>Both kept: the other laptop's item, and yours as a new item under the same heading.</source>
        <translation>أُبقي الاثنان: بند الحاسوب الآخر، وبندك بندًا جديدًا تحت العنوان الفرعي نفسه.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="183" />
        <source>Your copy was edited since it was kept aside, so it stays.</source>
        <translation>عُدّلت نسختك بعد حفظها جانبًا، لذا تبقى.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_merge.py" line="185" />
        <source>Delete the copy kept aside</source>
        <translation>حذف النسخة المحفوظة جانبًا</translation>
    </message>
</context>
<context>
    <name>NotesHeader</name>
    <message>
        <location filename="../../ui/room/notes_header.py" line="52" />
        <source>Time left in this round</source>
        <extracomment>whether the guiding questions are shown (open) in the room view how many lines of questions show before the box scrolls (about as high as the header's own text)</extracomment>
        <translation>الوقت المتبقي في هذه الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="57" />
        <source>Phase of this round</source>
        <translation>مرحلة هذه الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="84" />
        <location filename="../../ui/room/notes_header.py" line="95" />
        <source>Guiding questions</source>
        <extracomment>the guiding questions shown (of the shown room's theme)</extracomment>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/room/notes_header.py" line="132" />
        <source>Guiding questions (%n)</source>
        <extracomment>the tallest the box grows before it scrolls</extracomment>
        <translation><numerusform>الأسئلة التوجيهية (%n)</numerusform><numerusform>السؤال التوجيهي (%n)</numerusform><numerusform>السؤالان التوجيهيان (%n)</numerusform><numerusform>الأسئلة التوجيهية (%n)</numerusform><numerusform>الأسئلة التوجيهية (%n)</numerusform><numerusform>الأسئلة التوجيهية (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="133" />
        <source>Guiding question (1)</source>
        <translation>السؤال التوجيهي (1)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="144" />
        <source>Shows or hides the theme's guiding questions beside the clock.</source>
        <translation>يُظهر الأسئلة التوجيهية للمحور بجانب الساعة أو يخفيها.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="179" />
        <source>{0} · late</source>
        <translation>{0} · متأخر</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="181" />
        <source>{0}: {1} left in this round</source>
        <translation>{0}: يتبقى {1} في هذه الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="237" />
        <source>This workshop has no rooms yet.</source>
        <translation>لا توجد قاعات في ورشة العمل هذه بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="245" />
        <source>Hosted by {0}</source>
        <translation>المضيف: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="246" />
        <source>Note-taking: {0}</source>
        <translation>تدوين الملاحظات: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="250" />
        <source>No theme in this room.</source>
        <translation>لا محور في هذه القاعة.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="252" />
        <source>All rounds (read only: choose a round to add items)</source>
        <translation>جميع الجولات (للقراءة فقط: اختر جولة لإضافة بنود)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="257" />
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="258" />
        <source>&lt;b&gt;{0}&lt;/b&gt; inside</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; في القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="259" />
        <source>no group in this room</source>
        <translation>لا مجموعة في هذه القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_header.py" line="263" />
        <source>Summary: not written yet</source>
        <translation>الملخص: لم يُكتب بعد</translation>
    </message>
</context>
<context>
    <name>NotesMenu</name>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="77" />
        <source>Item actions</source>
        <extracomment>the key that marks the chosen item as a key point, or takes the mark away</extracomment>
        <translation>إجراءات البند</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="78" />
        <source>Key point ★</source>
        <translation>نقطة رئيسية ★</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="84" />
        <source>A key point is on the plenary's slides from the start</source>
        <translation>تظهر النقطة الرئيسية منذ البداية في شرائح الجلسة العامة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="92" />
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="94" />
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="96" />
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_menu.py" line="99" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>NotesSummary</name>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="54" />
        <location filename="../../ui/room/notes_summary.py" line="125" />
        <source>Round summary</source>
        <extracomment>kept here for older callers (the merge window's)
----------
the stored text of the shown summary when it was last seen final (None: not final since shown)</extracomment>
        <translation>ملخص الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="55" />
        <source>What did this group conclude? Two or three sentences: the next group hears them first.</source>
        <translation>ما الذي خلصت إليه هذه المجموعة؟ جملتان أو ثلاث: تسمعها المجموعة التالية أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="127" />
        <source>Round summary · {0}, round {1}</source>
        <translation>ملخص الجولة · {0}، الجولة {1}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="146" />
        <source>Edit round summary</source>
        <translation>تعديل ملخص الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="159" />
        <source>Theme synthesis (for the plenary)</source>
        <translation>خلاصة المحور (للجلسة العامة)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="160" />
        <source>What the theme has concluded so far, refined after each round: the host presents it in plenary and it opens the theme's section of the report.</source>
        <translation>ما خلص إليه المحور حتى الآن، يُنقَّح بعد كل جولة: يعرضه المضيف في الجلسة العامة ويفتتح به قسم المحور في التقرير.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="181" />
        <source>Theme synthesis · {0}</source>
        <translation>خلاصة المحور · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="182" />
        <source>Theme synthesis</source>
        <translation>خلاصة المحور</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="188" />
        <source>This theme no longer exists.</source>
        <translation>لم يعد هذا المحور موجودًا.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="191" />
        <source>Edit theme synthesis</source>
        <translation>تعديل خلاصة المحور</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../ui/room/brief_view.py" line="236" />
        <source>Brief — projector</source>
        <translation>الإحاطة — جهاز العرض</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="241" />
        <source>The host's brief, in large type</source>
        <translation>إحاطة المضيف بخط كبير</translation>
    </message>
    <message>
        <location filename="../../ui/room/brief_view.py" line="242" />
        <source>F: full screen on or off · + and −: size · Escape: close</source>
        <translation>F: ملء الشاشة أو إلغاؤه · + و−: الحجم · Esc: إغلاق</translation>
    </message>
</context>
<context>
    <name>ReplayConflicts</name>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="97" />
        <source>Typed on this laptop while it was offline. {0}</source>
        <extracomment>the operations whose conflicts are merged here, and the field that holds their text</extracomment>
        <translation>كُتب على هذا الحاسوب حين كان غير متصل. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="99" />
        <source>Decide later keeps both texts: nothing is lost.</source>
        <translation>«القرار لاحقًا» يُبقي النصين: لا يضيع شيء.</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="128" />
        <source>Merge texts</source>
        <translation>دمج النصين</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="130" />
        <source>Not merged: {0}</source>
        <translation>لم يُدمج: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="134" />
        <source>Keep both texts</source>
        <translation>الإبقاء على النصين</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="137" />
        <source>Your offline text was kept as a new item beside the other laptop's.</source>
        <translation>حُفظ نصك المكتوب دون اتصال بندًا جديدًا بجانب بند الحاسوب الآخر.</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="141" />
        <source>Both texts were kept, the other laptop's first.</source>
        <translation>أُبقي النصان، ونص الحاسوب الآخر أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="151" />
        <source>An item in {0}</source>
        <translation>بند في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="153" />
        <source>The round summary of {0}</source>
        <translation>ملخص الجولة في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="157" />
        <source>The account of “{0}”</source>
        <translation>محضر «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="157" />
        <source>A session's account</source>
        <translation>محضر جلسة</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="159" />
        <source>The synthesis of the theme “{0}”</source>
        <translation>خلاصة المحور «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="160" />
        <source>A theme's synthesis</source>
        <translation>خلاصة محور</translation>
    </message>
    <message>
        <location filename="../../ui/room/replay_conflicts.py" line="165" />
        <source>a room</source>
        <translation>قاعة</translation>
    </message>
</context>
<context>
    <name>RoomTexts</name>
    <message>
        <location filename="../../ui/room/room_texts.py" line="23" />
        <source>Opportunities</source>
        <extracomment>the columns' titles, as the window's translations know them (the core's catalogue comes first)</extracomment>
        <translation>الفرص</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="24" />
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="25" />
        <source>Practices</source>
        <translation>الممارسات</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="26" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="31" />
        <source>not started</source>
        <extracomment>a round's state in a room, as the window's translations know it</extracomment>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="32" />
        <source>▶ running</source>
        <translation>▶ جارية</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="33" />
        <source>⏸ paused</source>
        <translation>⏸ متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="34" />
        <source>✓ finished</source>
        <translation>✓ انتهت</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="62" />
        <source>Round {0}</source>
        <translation>الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_texts.py" line="71" />
        <source>Round {0} · {1}–{2}</source>
        <translation>الجولة {0} · {1}–{2}</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <location filename="../../ui/room/room_view.py" line="91" />
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="92" />
        <source>The room whose notes are shown</source>
        <translation>القاعة المعروضة ملاحظاتها</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="93" />
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="94" />
        <source>The round whose notes are shown; all rounds are read only</source>
        <translation>الجولة المعروضة ملاحظاتها؛ «جميع الجولات» للقراءة فقط</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="95" />
        <source>Room:</source>
        <translation>القاعة:</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="95" />
        <source>Round:</source>
        <translation>الجولة:</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="139" />
        <source>Keys of the note columns</source>
        <extracomment>shown while notes go to a round that has ended although another one runs in this room the shown round follows the one running in the room (until the note-taker picks another)</extracomment>
        <translation>مفاتيح أعمدة الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="142" />
        <source>All keys (F1)</source>
        <translation>كل المفاتيح (F1)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="145" />
        <source>Show every key of the room view</source>
        <translation>إظهار جميع مفاتيح عرض القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="146" />
        <source>Every key of the room view (F1 shows and hides them)</source>
        <translation>جميع مفاتيح عرض القاعة (يُظهرها F1 ويخفيها)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="148" />
        <source>Every key of the room view</source>
        <translation>جميع مفاتيح عرض القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="179" />
        <source>Notes</source>
        <extracomment>contributions from phones waiting for this room's note-taker (hidden while none waits)</extracomment>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="180" />
        <source>Brief</source>
        <translation>الإحاطة</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="181" />
        <source>Notes or the host's brief</source>
        <translation>الملاحظات أو إحاطة المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="182" />
        <source>The four columns, the Who field and the summaries</source>
        <translation>الأعمدة الأربعة وحقل «مَن» والملخصات</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="183" />
        <source>The host's brief for the next group</source>
        <translation>إحاطة المضيف للمجموعة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="275" />
        <source>You are adding to round {0}, which has ended. Round {1} is running in this room.</source>
        <translation>أنت تضيف إلى الجولة {0} التي انتهت. الجولة {1} جارية الآن في هذه القاعة.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="277" />
        <source>Go to round {0} (Ctrl+R)</source>
        <translation>الانتقال إلى الجولة {0} (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="278" />
        <source>Go to the running round, round {0}</source>
        <translation>الانتقال إلى الجولة الجارية، الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="327" />
        <source>Round {0} started: this room's notes now go to round {0}.</source>
        <translation>بدأت الجولة {0}: تُسجَّل ملاحظات هذه القاعة الآن في الجولة {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/room/room_view.py" line="337" />
        <source>All rounds (read only)</source>
        <translation>جميع الجولات (للقراءة فقط)</translation>
    </message>
</context>
<context>
    <name>RoundSummaryEditor</name>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="59" />
        <source>Round summary</source>
        <translation>ملخص الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="60" />
        <source>What this group concluded; the next group hears it first. Ctrl+B bold, Ctrl+I italics.</source>
        <translation>ما خلصت إليه هذه المجموعة؛ تسمعه المجموعة التالية أولًا. Ctrl+B غامق، Ctrl+I مائل.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="63" />
        <location filename="../../ui/room/notes_summary.py" line="67" />
        <source>Final (host)</source>
        <translation>نهائي (المضيف)</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="65" />
        <source>Unticked: a draft by the note-taker. Ticked: the host's final text. Changing the text afterwards makes it a draft again.</source>
        <translation>غير محدَّد: مسودة من مدوّن الملاحظات. محدَّد: النص النهائي للمضيف. أي تغيير لاحق للنص يعيده مسودة.</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="68" />
        <source>Ticked when the host has checked the round summary</source>
        <translation>يُحدَّد حين يراجع المضيف ملخص الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="70" />
        <source>Edited since it was final: tick again when it is right</source>
        <extracomment>shown when the text changed after the host ticked "Final": the tick no longer vouches for it</extracomment>
        <translation>عُدّل بعد اعتماده نهائيًا: حدِّده مجددًا حين يصبح صحيحًا</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="73" />
        <source>The host ticked “Final (host)” for an earlier text. The text was changed since, so it is a draft again until the host ticks it.</source>
        <translation>حدّد المضيف «نهائي (المضيف)» لنص سابق. وقد تغيّر النص منذ ذلك الحين، فعاد مسودة إلى أن يحدّده المضيف.</translation>
    </message>
</context>
<context>
    <name>SynthesisEditor</name>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="165" />
        <source>Theme synthesis</source>
        <translation>خلاصة المحور</translation>
    </message>
    <message>
        <location filename="../../ui/room/notes_summary.py" line="166" />
        <source>The theme's running summary across rounds, for the plenary and the report. Ctrl+B bold, Ctrl+I italics.</source>
        <translation>خلاصة المحور عبر الجولات، للجلسة العامة والتقرير. Ctrl+B غامق، Ctrl+I مائل.</translation>
    </message>
</context>
</TS>