<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AllRoomsConfirm</name>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="28"/>
        <source>{0} and {1}</source>
        <extracomment>the window&apos;s language for the texts here (lupdate reads the calls)</extracomment>
        <translation>{0} و{1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="38"/>
        <source>all {0} rooms</source>
        <translation>القاعات الـ{0} كلها</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="39"/>
        <source>{0} of its {1} rooms</source>
        <translation>{0} من قاعاتها الـ{1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="41"/>
        <source>End round {0} in {1}?</source>
        <translation>إنهاء الجولة {0} في {1}؟</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="42"/>
        <source>The clocks of {0} stop now. Notes and summaries stay as they are; Undo (Ctrl+Z) starts the clocks again.</source>
        <translation>تتوقف ساعات {0} الآن. تبقى الملاحظات والملخصات كما هي؛ ويعيد التراجع (Ctrl+Z) تشغيل الساعات.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="44"/>
        <source>&amp;End round {0} in {1}</source>
        <translation>&amp;إنهاء الجولة {0} في {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="46"/>
        <source>Restart round {0} in {1}?</source>
        <translation>إعادة تشغيل الجولة {0} في {1}؟</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="47"/>
        <source>The clocks of {0} start again from {1} now; the time they have run is lost. Notes and summaries stay as they are; Undo (Ctrl+Z) puts the clocks back.</source>
        <translation>تبدأ ساعات {0} من جديد الآن من {1}؛ ويضيع الوقت الذي انقضى. تبقى الملاحظات والملخصات كما هي؛ ويعيد التراجع (Ctrl+Z) الساعات إلى ما كانت عليه.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="51"/>
        <source>&amp;Restart round {0} in {1}</source>
        <translation>إعادة &amp;تشغيل الجولة {0} في {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/all_rooms.py" line="67"/>
        <source>Cancel: keep every room as it is</source>
        <translation>إلغاء: إبقاء كل القاعات على حالها</translation>
    </message>
</context>
<context>
    <name>DayBehindBanner</name>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="310"/>
        <source>Shift the rest of the day…</source>
        <translation>إزاحة بقية اليوم…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="312"/>
        <source>Shift the rest of the day</source>
        <translation>إزاحة بقية اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="313"/>
        <source>Move the later agenda items, or let a break absorb the delay; one undo step</source>
        <translation>إزاحة بنود جدول الأعمال اللاحقة، أو ترك استراحة تستوعب التأخير؛ خطوة تراجع واحدة</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="88"/>
        <source>Round shown</source>
        <translation>الجولة المعروضة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="89"/>
        <source>The round the table and the buttons show; Current round follows the agenda</source>
        <translation>الجولة التي يعرضها الجدول والأزرار؛ «الجولة الحالية» تتبع جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="98"/>
        <source>Start each round automatically at its agenda time</source>
        <translation>بدء كل جولة تلقائيًا في موعدها في جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="99"/>
        <source>When a round&apos;s time comes and no other round is running or paused, it starts in all its rooms, timed from its agenda start.</source>
        <translation>عندما يحين موعد جولة ولا تكون أي جولة أخرى جارية أو متوقفة مؤقتًا، تبدأ في كل قاعاتها، ويُحسب وقتها من موعد بدايتها في جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="103"/>
        <source>Ro&amp;und:</source>
        <translation>ال&amp;جولة:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="115"/>
        <source>Start all</source>
        <translation>بدء الكل</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="116"/>
        <source>Start the round in all rooms</source>
        <translation>بدء الجولة في كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="117"/>
        <location filename="../../ui/moderator/overview_view.py" line="394"/>
        <source>Pause all</source>
        <translation>إيقاف الكل مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="118"/>
        <location filename="../../ui/moderator/overview_view.py" line="158"/>
        <source>+1 min</source>
        <translation>+1 د</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="119"/>
        <source>Add 1 minute in all rooms</source>
        <translation>إضافة دقيقة واحدة في كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="120"/>
        <location filename="../../ui/moderator/overview_view.py" line="160"/>
        <source>+5 min</source>
        <translation>+5 د</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="121"/>
        <source>Add 5 minutes in all rooms</source>
        <translation>إضافة 5 دقائق في كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="122"/>
        <location filename="../../ui/moderator/overview_view.py" line="162"/>
        <source>−1 min</source>
        <translation>−1 د</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="123"/>
        <source>Remove 1 minute in all rooms</source>
        <translation>إنقاص دقيقة واحدة في كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="124"/>
        <source>End all…</source>
        <translation>إنهاء الكل…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="125"/>
        <source>End the round in every room; asks first</source>
        <translation>إنهاء الجولة في كل قاعة؛ يطلب التأكيد أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="126"/>
        <source>End the round in all rooms</source>
        <translation>إنهاء الجولة في كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="127"/>
        <source>Restart all…</source>
        <translation>إعادة تشغيل الكل…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="128"/>
        <source>Restart the round from its full length in every room; asks first</source>
        <translation>إعادة تشغيل الجولة بكامل مدتها في كل قاعة؛ يطلب التأكيد أولًا</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="129"/>
        <source>Restart the round in all rooms</source>
        <translation>إعادة تشغيل الجولة في كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="130"/>
        <location filename="../../ui/moderator/overview_view.py" line="168"/>
        <source>Stage display…</source>
        <translation>شاشة المنصة…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="131"/>
        <source>Open the stage display for all rooms</source>
        <translation>فتح شاشة المنصة لكل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="132"/>
        <source>All rooms:</source>
        <translation>كل القاعات:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="143"/>
        <source>Rooms in the round</source>
        <translation>قاعات الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="144"/>
        <source>One row per room: theme, hosts, group, phase, time left, message, next group, notes, summary and delay; the buttons below act on the selected room</source>
        <translation>صف لكل قاعة: المحور، والمضيفون، والمجموعة، والمرحلة، والوقت المتبقي، والرسالة، والمجموعة التالية، والملاحظات، والملخص، والتأخير؛ وتعمل الأزرار أدناه على القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="155"/>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="156"/>
        <source>Start the round in the selected room</source>
        <translation>بدء الجولة في القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="157"/>
        <location filename="../../ui/moderator/overview_view.py" line="409"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="159"/>
        <source>Add 1 minute in the selected room</source>
        <translation>إضافة دقيقة واحدة في القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="161"/>
        <source>Add 5 minutes in the selected room</source>
        <translation>إضافة 5 دقائق في القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="163"/>
        <source>Remove 1 minute in the selected room</source>
        <translation>إنقاص دقيقة واحدة في القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="164"/>
        <source>End</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="165"/>
        <source>End the round in the selected room</source>
        <translation>إنهاء الجولة في القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="166"/>
        <source>Restart</source>
        <translation>إعادة تشغيل</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="167"/>
        <source>Restart the round in the selected room</source>
        <translation>إعادة تشغيل الجولة في القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="169"/>
        <source>Open the stage display for the selected room</source>
        <translation>فتح شاشة المنصة للقاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="170"/>
        <location filename="../../ui/moderator/overview_view.py" line="406"/>
        <source>Selected room:</source>
        <translation>القاعة المحددة:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="178"/>
        <source>A one-line message for the stage display, e.g. Please wrap up</source>
        <translation>رسالة من سطر واحد لشاشة المنصة، مثل: يُرجى الاختتام</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="179"/>
        <source>Stage message</source>
        <translation>رسالة المنصة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="180"/>
        <source>Shown on the stage display of the selected room or of all rooms; Enter sends it to the selected room</source>
        <translation>تظهر على شاشة المنصة في القاعة المحددة أو في كل القاعات؛ ويرسلها مفتاح الإدخال إلى القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="183"/>
        <source>Send to room</source>
        <translation>إرسال إلى القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="184"/>
        <source>Send to all rooms</source>
        <translation>إرسال إلى كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="185"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="186"/>
        <source>Clear the message of the selected room, or of every room if none is selected</source>
        <translation>مسح رسالة القاعة المحددة، أو رسائل كل القاعات إن لم تُحدَّد أي قاعة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="188"/>
        <source>Clear the stage message</source>
        <translation>مسح رسالة المنصة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="190"/>
        <source>&amp;Message:</source>
        <translation>ال&amp;رسالة:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="201"/>
        <source>Why an action was refused</source>
        <translation>سبب رفض إجراء</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="301"/>
        <source>Select a room in the table first, or send the message to all rooms.</source>
        <translation>حدِّد قاعة في الجدول أولًا، أو أرسل الرسالة إلى كل القاعات.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="319"/>
        <source>No round has run late with anything after it today: nothing to shift.</source>
        <translation>لم تتأخر اليوم أي جولة يليها بند آخر: لا شيء يحتاج إلى إزاحة.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="333"/>
        <source>Start rounds automatically</source>
        <translation>بدء الجولات تلقائيًا</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="333"/>
        <source>Stop starting rounds automatically</source>
        <translation>إيقاف البدء التلقائي للجولات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="346"/>
        <source>Current round</source>
        <translation>الجولة الحالية</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="372"/>
        <source>No rounds on the agenda yet</source>
        <translation>لا توجد جولات في جدول الأعمال بعد</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="376"/>
        <source>Now: {0} — {1}</source>
        <translation>الآن: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="378"/>
        <source>Next: {0} — {1}</source>
        <translation>التالي: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="380"/>
        <source>Done: {0} — {1}</source>
        <translation>انتهت: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="383"/>
        <source>Nothing more on the agenda</source>
        <translation>لا شيء آخر في جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="394"/>
        <source>Resume all</source>
        <translation>استئناف الكل</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="395"/>
        <source>Resume the round in all rooms</source>
        <translation>استئناف الجولة في كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="396"/>
        <source>Pause the round in all rooms</source>
        <translation>إيقاف الجولة مؤقتًا في كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="405"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="409"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="410"/>
        <source>Resume the round in the selected room</source>
        <translation>استئناف الجولة في القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/overview_view.py" line="411"/>
        <source>Pause the round in the selected room</source>
        <translation>إيقاف الجولة مؤقتًا في القاعة المحددة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="58"/>
        <source>not started</source>
        <extracomment>foreground of the time and phase by phase; the phase column always says it in words too</extracomment>
        <translation>لم تبدأ</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="59"/>
        <source>running</source>
        <translation>جارية</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="60"/>
        <source>paused</source>
        <translation>متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="61"/>
        <source>finished</source>
        <translation>انتهت</translation>
    </message>
</context>
<context>
    <name>RoomStatusModel</name>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="36"/>
        <source>Room</source>
        <extracomment>the column headers (English; shown translated, see :data:`COLUMN_TITLES`); &quot;Time left&quot; is drawn big</extracomment>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="36"/>
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="37"/>
        <source>Hosts</source>
        <translation>المضيفون</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="37"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="38"/>
        <source>Phase</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="38"/>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="39"/>
        <source>Stage message</source>
        <translation>رسالة المنصة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="40"/>
        <source>Next group</source>
        <translation>المجموعة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="40"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="41"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="41"/>
        <source>Behind</source>
        <translation>التأخير</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="145"/>
        <source>✓ Final</source>
        <translation>✓ نهائي</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="145"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="145"/>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="156"/>
        <source>Ended {0} min late</source>
        <translation>انتهت متأخرة {0} د</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="156"/>
        <source>{0} min behind</source>
        <translation>متأخرة {0} د</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="158"/>
        <source>Ended {0} min early</source>
        <translation>انتهت مبكرة {0} د</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="159"/>
        <source>Ended on time</source>
        <translation>انتهت في موعدها</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="159"/>
        <source>On time</source>
        <translation>في الموعد</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="174"/>
        <source>{0}: {1} ({2})</source>
        <translation>{0}: {1} ({2})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/room_status_model.py" line="176"/>
        <source>%n note(s) taken in {0} this round</source>
        <translation>
            <numerusform>لم تُدوَّن أي ملاحظة في {0} في هذه الجولة</numerusform>
            <numerusform>ملاحظة واحدة دُوِّنت في {0} في هذه الجولة</numerusform>
            <numerusform>ملاحظتان دُوِّنتا في {0} في هذه الجولة</numerusform>
            <numerusform>%n ملاحظات دُوِّنت في {0} في هذه الجولة</numerusform>
            <numerusform>%n ملاحظة دُوِّنت في {0} في هذه الجولة</numerusform>
            <numerusform>%n ملاحظة دُوِّنت في {0} في هذه الجولة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="178"/>
        <source>The round summary of {0}: {1}</source>
        <translation>ملخص الجولة في {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/room_status_model.py" line="180"/>
        <source>{0} against the agenda&apos;s end of the round: {1}</source>
        <translation>{0} مقارنةً بنهاية الجولة في جدول الأعمال: {1}</translation>
    </message>
</context>
<context>
    <name>RoundControl</name>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="70"/>
        <source>Start round {0}</source>
        <extracomment>the window&apos;s language for the texts here (lupdate reads the calls)</extracomment>
        <translation>بدء الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="70"/>
        <source>Start round {0} in {1}</source>
        <translation>بدء الجولة {0} في {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="72"/>
        <source>Pause round {0}</source>
        <translation>إيقاف الجولة {0} مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="72"/>
        <source>Pause round {0} in {1}</source>
        <translation>إيقاف الجولة {0} مؤقتًا في {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="74"/>
        <source>Resume round {0}</source>
        <translation>استئناف الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="74"/>
        <source>Resume round {0} in {1}</source>
        <translation>استئناف الجولة {0} في {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="76"/>
        <source>End round {0}</source>
        <translation>إنهاء الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="76"/>
        <source>End round {0} in {1}</source>
        <translation>إنهاء الجولة {0} في {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="77"/>
        <source>Restart round {0}</source>
        <translation>إعادة تشغيل الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="77"/>
        <source>Restart round {0} in {1}</source>
        <translation>إعادة تشغيل الجولة {0} في {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="139"/>
        <location filename="../../ui/moderator/round_control.py" line="215"/>
        <source>There is no round on the agenda yet.</source>
        <extracomment>the window a question about all rooms opens over (None: the active window)</extracomment>
        <translation>لا توجد أي جولة في جدول الأعمال بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="197"/>
        <source>Nothing to pause or resume: the round is not running.</source>
        <translation>لا شيء لإيقافه مؤقتًا أو استئنافه: الجولة ليست جارية.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="207"/>
        <source>The round has ended here; use Restart to run it again.</source>
        <translation>انتهت الجولة هنا؛ استخدم «إعادة تشغيل» لإجرائها من جديد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="220"/>
        <source>Add %n minute(s) to round {0}</source>
        <translation>
            <numerusform>إضافة %n دقيقة إلى الجولة {0}</numerusform>
            <numerusform>إضافة دقيقة واحدة إلى الجولة {0}</numerusform>
            <numerusform>إضافة دقيقتين إلى الجولة {0}</numerusform>
            <numerusform>إضافة %n دقائق إلى الجولة {0}</numerusform>
            <numerusform>إضافة %n دقيقة إلى الجولة {0}</numerusform>
            <numerusform>إضافة %n دقيقة إلى الجولة {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="221"/>
        <source>Remove %n minute(s) from round {0}</source>
        <translation>
            <numerusform>إنقاص %n دقيقة من الجولة {0}</numerusform>
            <numerusform>إنقاص دقيقة واحدة من الجولة {0}</numerusform>
            <numerusform>إنقاص دقيقتين من الجولة {0}</numerusform>
            <numerusform>إنقاص %n دقائق من الجولة {0}</numerusform>
            <numerusform>إنقاص %n دقيقة من الجولة {0}</numerusform>
            <numerusform>إنقاص %n دقيقة من الجولة {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="223"/>
        <source>Add %n minute(s) to {0}</source>
        <translation>
            <numerusform>إضافة %n دقيقة إلى {0}</numerusform>
            <numerusform>إضافة دقيقة واحدة إلى {0}</numerusform>
            <numerusform>إضافة دقيقتين إلى {0}</numerusform>
            <numerusform>إضافة %n دقائق إلى {0}</numerusform>
            <numerusform>إضافة %n دقيقة إلى {0}</numerusform>
            <numerusform>إضافة %n دقيقة إلى {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/moderator/round_control.py" line="224"/>
        <source>Remove %n minute(s) from {0}</source>
        <translation>
            <numerusform>إنقاص %n دقيقة من {0}</numerusform>
            <numerusform>إنقاص دقيقة واحدة من {0}</numerusform>
            <numerusform>إنقاص دقيقتين من {0}</numerusform>
            <numerusform>إنقاص %n دقائق من {0}</numerusform>
            <numerusform>إنقاص %n دقيقة من {0}</numerusform>
            <numerusform>إنقاص %n دقيقة من {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="233"/>
        <source>There is no round on the agenda yet, so there is no stage display to send to.</source>
        <translation>لا توجد أي جولة في جدول الأعمال بعد، فلا توجد شاشة منصة لإرسال الرسالة إليها.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="238"/>
        <source>Round {0} has no rooms yet.</source>
        <translation>لا توجد قاعات للجولة {0} بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="242"/>
        <source>Message to all rooms</source>
        <translation>رسالة إلى كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="243"/>
        <source>Clear the messages in all rooms</source>
        <translation>مسح الرسائل في كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="246"/>
        <source>Message to {0}</source>
        <translation>رسالة إلى {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_control.py" line="247"/>
        <source>Clear the message in {0}</source>
        <translation>مسح الرسالة في {0}</translation>
    </message>
</context>
<context>
    <name>RoundMenu</name>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="42"/>
        <source>&amp;Round</source>
        <translation>&amp;الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="44"/>
        <location filename="../../ui/moderator/round_menu.py" line="114"/>
        <source>&amp;Start round (all rooms)</source>
        <translation>&amp;بدء الجولة (كل القاعات)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="45"/>
        <location filename="../../ui/moderator/round_menu.py" line="115"/>
        <source>&amp;Pause round</source>
        <translation>إي&amp;قاف الجولة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="46"/>
        <source>+&amp;1 minute</source>
        <translation>+&amp;1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="47"/>
        <source>+&amp;5 minutes</source>
        <translation>+&amp;5 دقائق</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="48"/>
        <source>−1 &amp;minute</source>
        <translation>−1 دقيق&amp;ة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="49"/>
        <location filename="../../ui/moderator/round_menu.py" line="121"/>
        <source>&amp;End round</source>
        <translation>إ&amp;نهاء الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="50"/>
        <location filename="../../ui/moderator/round_menu.py" line="124"/>
        <source>Res&amp;tart round</source>
        <translation>إعادة &amp;تشغيل الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="52"/>
        <location filename="../../ui/moderator/round_menu.py" line="131"/>
        <source>S&amp;hift the rest of the day…</source>
        <translation>إ&amp;زاحة بقية اليوم…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="54"/>
        <source>Stage &amp;display…</source>
        <translation>&amp;شاشة المنصة…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="86"/>
        <source>No round has run late with anything after it today: nothing to shift.</source>
        <translation>لم تتأخر اليوم أي جولة يليها بند آخر: لا شيء يحتاج إلى إزاحة.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="110"/>
        <source>&amp;Start round {0} (all rooms)</source>
        <translation>&amp;بدء الجولة {0} (كل القاعات)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="111"/>
        <source>&amp;Resume round {0}</source>
        <translation>&amp;استئناف الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="112"/>
        <source>&amp;Pause round {0}</source>
        <translation>إي&amp;قاف الجولة {0} مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="115"/>
        <source>&amp;Resume round</source>
        <translation>&amp;استئناف الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="121"/>
        <source>&amp;End round {0}</source>
        <translation>إ&amp;نهاء الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="122"/>
        <source>&amp;End round {0} (all rooms)…</source>
        <translation>إ&amp;نهاء الجولة {0} (كل القاعات)…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="125"/>
        <source>Res&amp;tart round {0}</source>
        <translation>إعادة &amp;تشغيل الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="126"/>
        <source>Res&amp;tart round {0} (all rooms)…</source>
        <translation>إعادة &amp;تشغيل الجولة {0} (كل القاعات)…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/round_menu.py" line="130"/>
        <source>S&amp;hift the rest of the day ({0} min behind)…</source>
        <translation>إ&amp;زاحة بقية اليوم (تأخير {0} د)…</translation>
    </message>
</context>
<context>
    <name>ShiftDay</name>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="64"/>
        <source>{0} min</source>
        <extracomment>the window&apos;s language for the texts here (lupdate reads the calls)</extracomment>
        <translation>{0} د</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="109"/>
        <source>The day is {0} behind: round {1} runs at least until {2} in {3}.</source>
        <translation>اليوم متأخر {0}: تستمر الجولة {1} حتى {2} على الأقل في {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="110"/>
        <source>The day is {0} behind: round {1} ended at {2} in {3}.</source>
        <translation>اليوم متأخر {0}: انتهت الجولة {1} في {2} في {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="112"/>
        <source>The day is {0} behind: round {1} runs at least until {2} in {3}; {4} starts at {5} on the agenda.</source>
        <translation>اليوم متأخر {0}: تستمر الجولة {1} حتى {2} على الأقل في {3}؛ ويبدأ {4} في {5} حسب جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="114"/>
        <source>The day is {0} behind: round {1} ended at {2} in {3}; {4} starts at {5} on the agenda.</source>
        <translation>اليوم متأخر {0}: انتهت الجولة {1} في {2} في {3}؛ ويبدأ {4} في {5} حسب جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="138"/>
        <source>What comes after {0} stays as it is.</source>
        <translation>يبقى ما يلي {0} على حاله.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="274"/>
        <source>Let {0} absorb {1}</source>
        <translation>جعل {0} يستوعب {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="275"/>
        <source>Shift the rest of {0} by {1}</source>
        <translation>إزاحة بقية {0} بمقدار {1}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="290"/>
        <source>the day</source>
        <translation>اليوم</translation>
    </message>
</context>
<context>
    <name>ShiftDayDialog</name>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="151"/>
        <source>Shift the rest of the day</source>
        <translation>إزاحة بقية اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="159"/>
        <source> min</source>
        <translation> د</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="161"/>
        <source>Minutes to shift the rest of the day by</source>
        <translation>عدد الدقائق لإزاحة بقية اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="162"/>
        <source>Move everything from {0} ({1}) to the end of the day</source>
        <translation>إزاحة كل شيء من {0} ({1}) حتى نهاية اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="164"/>
        <source>Move the rest of the day later</source>
        <translation>تأخير بقية اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="165"/>
        <source>Let a break absorb it (only what comes before the break moves):</source>
        <translation>ترك استراحة تستوعبه (لا يُزاح إلا ما يسبق الاستراحة):</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="166"/>
        <source>Let a break absorb the delay</source>
        <translation>ترك استراحة تستوعب التأخير</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="169"/>
        <source>The break that absorbs the delay</source>
        <translation>الاستراحة التي تستوعب التأخير</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="183"/>
        <source>What moves</source>
        <translation>ما يُزاح</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="190"/>
        <source>&amp;Shift</source>
        <translation>&amp;إزاحة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="192"/>
        <source>Shift the agenda (one undo step)</source>
        <translation>إزاحة جدول الأعمال (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="199"/>
        <source>Shift &amp;by:</source>
        <translation>&amp;مقدار الإزاحة:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="208"/>
        <source>What moves:</source>
        <translation>ما يُزاح:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="213"/>
        <source>Cancel: the agenda stays as it is</source>
        <translation>إلغاء: يبقى جدول الأعمال على حاله</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/shift_day.py" line="249"/>
        <source>{0} keeps at least {1}, so it absorbs {2}; the items after it move by {3}.</source>
        <translation>يحتفظ {0} بـ{1} على الأقل، فيستوعب {2}؛ وتُزاح البنود التالية بمقدار {3}.</translation>
    </message>
</context>
<context>
    <name>StageDisplay</name>
    <message>
        <location filename="../../ui/moderator/stage_canvas.py" line="125"/>
        <source>Stage clock — {0}</source>
        <extracomment>the smallest type of the guiding questions, as a share of the height (about 26 px at 1080) the least share of the height the digits keep when the guiding questions are shown phase changes announced assertively (they interrupt): the moderator must hear them at once paint events handled (benchmarks and tests read it) the phase changes announced to screen readers, in order (tests read it)</extracomment>
        <translation>ساعة المنصة — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="102"/>
        <location filename="../../ui/moderator/stage_display.py" line="237"/>
        <source>Screen</source>
        <extracomment>seconds a notice (a refusal, a clock change) stays on the display</extracomment>
        <translation>الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="104"/>
        <source>{0}: {1} · {2}×{3} (primary)</source>
        <translation>{0}: {1} · {2}×{3} (الرئيسية)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="191"/>
        <source>Start / pause</source>
        <extracomment>the guiding questions are shown beneath the clock (a room&apos;s display only)</extracomment>
        <translation>بدء / إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="193"/>
        <source>Start / pause all rooms</source>
        <translation>بدء / إيقاف مؤقت لكل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="194"/>
        <source>Space</source>
        <translation>مسافة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="195"/>
        <source>+1 minute</source>
        <translation>+1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="197"/>
        <source>−1 minute</source>
        <translation>−1 دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="199"/>
        <source>+5 minutes</source>
        <translation>+5 دقائق</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="200"/>
        <source>End round</source>
        <translation>إنهاء الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="201"/>
        <source>Restart round</source>
        <translation>إعادة تشغيل الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="202"/>
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="204"/>
        <source>Show this room&apos;s guiding questions beneath the clock (Q)</source>
        <translation>عرض الأسئلة التوجيهية لهذه القاعة تحت الساعة (Q)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="205"/>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="207"/>
        <source>Leave full screen</source>
        <translation>الخروج من ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="208"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="211"/>
        <source>&amp;Display</source>
        <translation>&amp;العرض</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="216"/>
        <source>&amp;Screen</source>
        <translation>ال&amp;شاشة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="220"/>
        <source>&amp;Round</source>
        <translation>&amp;الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="257"/>
        <source>Space starts or pauses one room&apos;s display only. For every room: Round › Start / pause all rooms (right-click in full screen).</source>
        <translation>مفتاح المسافة يبدأ شاشة قاعة واحدة فقط أو يوقفها مؤقتًا. لكل القاعات: الجولة › بدء / إيقاف مؤقت لكل القاعات (بالنقر بزر الفأرة الأيمن في وضع ملء الشاشة).</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="269"/>
        <source>The guiding questions show on one room&apos;s display: open the stage display for that room.</source>
        <translation>تظهر الأسئلة التوجيهية على شاشة قاعة واحدة: افتح شاشة المنصة لتلك القاعة.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="272"/>
        <source>This room&apos;s theme has no guiding questions yet (Setup › Rooms &amp; themes).</source>
        <translation>لا توجد أسئلة توجيهية لمحور هذه القاعة بعد (الإعداد › القاعات والمحاور).</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="349"/>
        <source>No workshop is open</source>
        <translation>لا توجد ورشة عمل مفتوحة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="361"/>
        <source>all rooms</source>
        <translation>كل القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="362"/>
        <source>Stage display — {0}</source>
        <translation>شاشة المنصة — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="436"/>
        <source>All rooms (the moderator&apos;s clock)</source>
        <translation>كل القاعات (ساعة مدير الجلسة)</translation>
    </message>
</context>
<context>
    <name>StageDisplayDialog</name>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="379"/>
        <source>Open a stage display</source>
        <translation>فتح شاشة منصة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="388"/>
        <location filename="../../ui/moderator/stage_display.py" line="390"/>
        <source>Show</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="389"/>
        <location filename="../../ui/moderator/stage_display.py" line="391"/>
        <source>On screen</source>
        <translation>على الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/stage_display.py" line="393"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>VenueShare</name>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="62"/>
        <source>Venue pages</source>
        <extracomment>the state changed: &quot;off&quot;, &quot;starting&quot;, &quot;on&quot;, &quot;stopping&quot;; with a message (&quot;&quot; or an error) a phone&apos;s contribution, from the server&apos;s thread: (keyword arguments, future to answer)</extracomment>
        <translation>صفحات مكان الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="65"/>
        <location filename="../../ui/moderator/venue_share.py" line="141"/>
        <source>Share on the &amp;venue network…</source>
        <translation>المشاركة على شبكة &amp;مكان الفعالية…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="67"/>
        <source>Show the room clocks, now and next, and each participant&apos;s route in any browser on the venue network</source>
        <translation>عرض ساعات القاعات و«الآن والتالي» ومسار كل مشارك في أي متصفح على شبكة مكان الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="140"/>
        <source>Sharing on the &amp;venue network…</source>
        <translation>جارٍ المشاركة على شبكة &amp;مكان الفعالية…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="142"/>
        <source>Venue pages: {0}</source>
        <translation>صفحات مكان الفعالية: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share.py" line="152"/>
        <source>Open a workshop first.</source>
        <translation>افتح ورشة عمل أولًا.</translation>
    </message>
</context>
<context>
    <name>VenueShareDialog</name>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="65"/>
        <source>127.0.0.1 (this computer only)</source>
        <extracomment>where the chosen address and port are remembered (QSettings)</extracomment>
        <translation>127.0.0.1 (هذا الحاسوب فقط)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="83"/>
        <source>Share on the venue network</source>
        <translation>المشاركة على شبكة مكان الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="89"/>
        <source>Anyone on the network you choose can open these pages in a browser, read-only, with nothing to install: each room&apos;s clock as its stage display shows it (time left, phase, your message, what comes next, and the guiding questions where that room&apos;s stage display shows them); now and next for hallway screens (every room&apos;s round, group and time left, and the next agenda item); and each participant&apos;s own route (their group and rooms), which opens only with that participant&apos;s code. Notes, summaries, the brief and participant lists are not shared. Participants can send an opportunity, challenge or practice to a room&apos;s note-taker through that room&apos;s posting link (its QR code below), which the note-taker accepts into the notes or dismisses; close contributions per room or everywhere, or renew a room&apos;s link to end the old one. Sharing stops when you stop it or close the app.</source>
        <translation>يمكن لأي شخص على الشبكة التي تختارها فتح هذه الصفحات في متصفح، للقراءة فقط، دون تثبيت أي شيء: ساعة كل قاعة كما تعرضها شاشة المنصة فيها (الوقت المتبقي، والمرحلة، ورسالتك، وما يأتي بعد ذلك، والأسئلة التوجيهية حيث تعرضها شاشة منصة تلك القاعة)؛ و«الآن والتالي» لشاشات الممرات (جولة كل قاعة ومجموعتها والوقت المتبقي فيها، والبند التالي في جدول الأعمال)؛ ومسار كل مشارك (مجموعته وقاعاته)، الذي لا يُفتح إلا برمز ذلك المشارك. لا تُشارَك الملاحظات ولا الملخصات ولا الإحاطة ولا قوائم المشاركين. ويمكن للمشاركين إرسال فرصة أو تحدٍّ أو ممارسة إلى مدوّن الملاحظات في قاعة ما عبر رابط المساهمة الخاص بتلك القاعة (رمز QR أدناه)، فيقبلها مدوّن الملاحظات في الملاحظات أو يستبعدها؛ ويمكنك إغلاق باب المساهمات في كل قاعة على حدة أو في جميع القاعات، أو تجديد رابط قاعة لإنهاء الرابط القديم. تتوقف المشاركة عندما توقفها أو تغلق التطبيق.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="100"/>
        <source>What is shared</source>
        <translation>ما تتم مشاركته</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="105"/>
        <source>Address on the venue network</source>
        <translation>العنوان على شبكة مكان الفعالية</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="106"/>
        <source>The pages are served on this address only</source>
        <translation>تُقدَّم الصفحات على هذا العنوان فقط</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="107"/>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="111"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="112"/>
        <source>&amp;Port:</source>
        <translation>المن&amp;فذ:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="119"/>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="247"/>
        <source>&amp;Start sharing</source>
        <translation>&amp;بدء المشاركة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="120"/>
        <source>Start or stop sharing</source>
        <translation>بدء المشاركة أو إيقافها</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="122"/>
        <source>&amp;Copy address</source>
        <translation>&amp;نسخ العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="123"/>
        <source>Copy the address</source>
        <translation>نسخ العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="125"/>
        <source>&amp;Open in browser</source>
        <translation>ف&amp;تح في المتصفح</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="126"/>
        <source>Open the start page in a browser</source>
        <translation>فتح صفحة البداية في متصفح</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="138"/>
        <source>Sharing state</source>
        <translation>حالة المشاركة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="142"/>
        <source>Contributions from phones:</source>
        <translation>المساهمات من الهواتف:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="143"/>
        <source>Open in &amp;every room</source>
        <translation>فتح في &amp;جميع القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="144"/>
        <source>Take contributions from phones in every room</source>
        <translation>استقبال المساهمات من الهواتف في جميع القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="146"/>
        <source>C&amp;lose in every room</source>
        <translation>إ&amp;غلاق في جميع القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="147"/>
        <source>Take no more contributions from phones in any room</source>
        <translation>إيقاف استقبال المساهمات من الهواتف في جميع القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="157"/>
        <source>QR codes of the pages</source>
        <translation>رموز QR للصفحات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="164"/>
        <source>Participant whose route to show</source>
        <translation>المشارك الذي يُعرض مساره</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="170"/>
        <source>A participant&apos;s &amp;route:</source>
        <translation>م&amp;سار أحد المشاركين:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="175"/>
        <source>Route code and address</source>
        <translation>رمز المسار وعنوانه</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="178"/>
        <source>QR code of the participant&apos;s route</source>
        <translation>رمز QR لمسار المشارك</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="187"/>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="300"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="227"/>
        <source>Choose an address first.</source>
        <translation>اختر عنوانًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="247"/>
        <source>&amp;Stop sharing</source>
        <translation>إي&amp;قاف المشاركة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="257"/>
        <source>Shared at {0}/ — open it on any screen or phone on this network. Now and next, and each room&apos;s clock:</source>
        <translation>تمت المشاركة على {0}/ — افتحه على أي شاشة أو هاتف على هذه الشبكة. «الآن والتالي»، وساعة كل قاعة:</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="260"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="262"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="264"/>
        <source>Not shared. Choose the address of this computer on the venue network, then Start sharing.</source>
        <translation>غير مُشارَك. اختر عنوان هذا الحاسوب على شبكة مكان الفعالية، ثم «بدء المشاركة».</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="282"/>
        <source>Now and next</source>
        <translation>الآن والتالي</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="284"/>
        <source>{0}: clock</source>
        <translation>{0}: الساعة</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="292"/>
        <source>{0}: contributions</source>
        <translation>{0}: المساهمات</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="295"/>
        <source>Open: phones can send contributions to this room&apos;s note-taker.</source>
        <translation>باب المساهمات مفتوح: يمكن للهواتف إرسال مساهمات إلى مدوّن الملاحظات في هذه القاعة.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="296"/>
        <source>Closed: this room takes no contributions now.</source>
        <translation>باب المساهمات مغلق: لا تستقبل هذه القاعة أي مساهمات حاليًا.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="300"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="302"/>
        <source>Close contributions in {0}</source>
        <translation>إغلاق باب المساهمات في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="303"/>
        <source>Open contributions in {0}</source>
        <translation>فتح باب المساهمات في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="305"/>
        <source>Renew link</source>
        <translation>تجديد الرابط</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="307"/>
        <source>Renew the posting link of {0}</source>
        <translation>تجديد رابط المساهمة في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="308"/>
        <source>A new link and QR code; the old ones stop working (print or show the new one)</source>
        <translation>رابط جديد ورمز QR جديد؛ يتوقف القديمان عن العمل (اطبع الجديد أو اعرضه)</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="326"/>
        <source>QR code: {0}</source>
        <translation>رمز QR: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="333"/>
        <source>Address: {0}</source>
        <translation>العنوان: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="361"/>
        <source>Choose a participant to show the code and QR code of their route.</source>
        <translation>اختر مشاركًا لعرض رمز مساره ورمز QR الخاص به.</translation>
    </message>
    <message>
        <location filename="../../ui/moderator/venue_share_dialog.py" line="368"/>
        <source>Code {0}
{1}
Only for this participant: it opens their route.</source>
        <translation>الرمز {0}
{1}
لهذا المشارك فقط: يفتح مساره.</translation>
    </message>
</context>
</TS>
