<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name />
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="123" />
        <source>Skip the %n rows that repeat someone</source>
        <translation><numerusform>لا صفوف مكررة</numerusform><numerusform>تخطي الصف الذي يكرر شخصًا</numerusform><numerusform>تخطي الصفين اللذين يكرران أشخاصًا</numerusform><numerusform>تخطي الصفوف الـ%n التي تكرر أشخاصًا</numerusform><numerusform>تخطي الـ%n صفًا التي تكرر أشخاصًا</numerusform><numerusform>تخطي الـ%n صف التي تكرر أشخاصًا</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="128" />
        <source>{0}: %n row(s), {1} to import (read as {2}, separated by {3}).</source>
        <translation><numerusform>{0}: لا صفوف، {1} للاستيراد (قُرئ بترميز {2}، ومفصول بـ{3}).</numerusform><numerusform>{0}: صف واحد، {1} للاستيراد (قُرئ بترميز {2}، ومفصول بـ{3}).</numerusform><numerusform>{0}: صفان، {1} للاستيراد (قُرئ بترميز {2}، ومفصول بـ{3}).</numerusform><numerusform>{0}: %n صفوف، {1} للاستيراد (قُرئ بترميز {2}، ومفصول بـ{3}).</numerusform><numerusform>{0}: %n صفًا، {1} للاستيراد (قُرئ بترميز {2}، ومفصول بـ{3}).</numerusform><numerusform>{0}: %n صف، {1} للاستيراد (قُرئ بترميز {2}، ومفصول بـ{3}).</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="130" />
        <source>%n participant(s)</source>
        <translation><numerusform>لا مشاركين</numerusform><numerusform>مشارك واحد</numerusform><numerusform>مشاركان</numerusform><numerusform>%n مشاركين</numerusform><numerusform>%n مشاركًا</numerusform><numerusform>%n مشارك</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_preview.py" line="134" />
        <source>%n problem(s) listed by line below.</source>
        <translation><numerusform>لا مشكلات.</numerusform><numerusform>مشكلة واحدة مدرجة حسب السطر أدناه.</numerusform><numerusform>مشكلتان مدرجتان حسب السطر أدناه.</numerusform><numerusform>%n مشكلات مدرجة حسب السطر أدناه.</numerusform><numerusform>%n مشكلةً مدرجة حسب السطر أدناه.</numerusform><numerusform>%n مشكلة مدرجة حسب السطر أدناه.</numerusform></translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="231" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="231" />
        <source>Rename agenda item</source>
        <translation>إعادة تسمية البند</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="232" />
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="232" />
        <source>Move agenda item to another day</source>
        <translation>نقل البند إلى يوم آخر</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="233" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="233" />
        <source>Change agenda item kind</source>
        <translation>تغيير نوع البند</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="235" />
        <source>A round is timed in every room; a plenary, session or break is one item for everyone</source>
        <translation>الجولة تُوقَّت في كل قاعة؛ أما الجلسة العامة أو الجلسة أو الاستراحة فبند واحد للجميع</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="236" />
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="236" />
        <source>Change start time</source>
        <translation>تغيير وقت البدء</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="237" />
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="237" />
        <source>Change end time</source>
        <translation>تغيير وقت الانتهاء</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="238" />
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="238" />
        <source>Change agenda item room</source>
        <translation>تغيير قاعة البند</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="239" />
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="239" />
        <source>Edit agenda item notes</source>
        <translation>تعديل ملاحظات البند</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="240" />
        <source>agenda item</source>
        <translation>بند جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="241" />
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="242" />
        <source>Add item</source>
        <translation>إضافة بند</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="243" />
        <source>Adds an item after the last one of the selected day</source>
        <translation>يضيف بندًا بعد آخر بند في اليوم المحدد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="244" />
        <location filename="../../ui/setup/setup_tabs.py" line="289" />
        <source>Add day</source>
        <translation>إضافة يوم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="244" />
        <source>Adds a day after the last one</source>
        <translation>يضيف يومًا بعد آخر يوم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="245" />
        <source>Delete item</source>
        <translation>حذف البند</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="249" />
        <source>Delete agenda item “{0}”</source>
        <translation>حذف البند «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="262" />
        <source>(no room)</source>
        <translation>(بلا قاعة)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="267" />
        <source>Add a day first.</source>
        <translation>أضف يومًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="274" />
        <source>Add agenda item</source>
        <translation>إضافة بند إلى جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="276" />
        <source>New item</source>
        <translation>بند جديد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="288" />
        <source>Day {0}</source>
        <translation>اليوم {0}</translation>
    </message>
</context>
<context>
    <name>AssignActions</name>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="72" />
        <source>Place newcomers ({0})</source>
        <extracomment>the people the last "Place newcomers" placed, whose slips "Print their route slips…" prints</extracomment>
        <translation>توزيع القادمين الجدد ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="76" />
        <source>Put the person not yet in a group where they fit best (stakeholder types, countries, delegations, group sizes); nobody already in a group moves, so printed route slips stay right.</source>
        <translation>وضع الشخص الذي ليس في أي مجموعة بعد حيث يناسب أكثر (أنواع الجهات المعنية، البلدان، الوفود، أحجام المجموعات)؛ لا يتحرك أحد ممن في المجموعات، فتبقى بطاقات المسار المطبوعة صحيحة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/group_assign.py" line="79" />
        <source>Put the %n people not yet in a group where they fit best (stakeholder types, countries, delegations, group sizes); nobody already in a group moves, so printed route slips stay right.</source>
        <translation><numerusform>وضع من ليسوا في أي مجموعة بعد حيث يناسبون أكثر (أنواع الجهات المعنية، البلدان، الوفود، أحجام المجموعات)؛ لا يتحرك أحد ممن في المجموعات، فتبقى بطاقات المسار المطبوعة صحيحة.</numerusform><numerusform>وضع الشخص الذي ليس في أي مجموعة بعد حيث يناسبون أكثر (أنواع الجهات المعنية، البلدان، الوفود، أحجام المجموعات)؛ لا يتحرك أحد ممن في المجموعات، فتبقى بطاقات المسار المطبوعة صحيحة.</numerusform><numerusform>وضع الشخصين اللذين ليسا في أي مجموعة بعد حيث يناسبون أكثر (أنواع الجهات المعنية، البلدان، الوفود، أحجام المجموعات)؛ لا يتحرك أحد ممن في المجموعات، فتبقى بطاقات المسار المطبوعة صحيحة.</numerusform><numerusform>وضع الأشخاص الـ%n الذين ليسوا في أي مجموعة بعد حيث يناسبون أكثر (أنواع الجهات المعنية، البلدان، الوفود، أحجام المجموعات)؛ لا يتحرك أحد ممن في المجموعات، فتبقى بطاقات المسار المطبوعة صحيحة.</numerusform><numerusform>وضع الـ%n شخصًا الذين ليسوا في أي مجموعة بعد حيث يناسبون أكثر (أنواع الجهات المعنية، البلدان، الوفود، أحجام المجموعات)؛ لا يتحرك أحد ممن في المجموعات، فتبقى بطاقات المسار المطبوعة صحيحة.</numerusform><numerusform>وضع الـ%n شخص الذين ليسوا في أي مجموعة بعد حيث يناسبون أكثر (أنواع الجهات المعنية، البلدان، الوفود، أحجام المجموعات)؛ لا يتحرك أحد ممن في المجموعات، فتبقى بطاقات المسار المطبوعة صحيحة.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="83" />
        <source>Everyone is already in a group: there is nobody new to place.</source>
        <translation>الجميع في مجموعات بالفعل: لا يوجد أحد جديد لتوزيعه.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="87" />
        <source>Reshuffle everyone…</source>
        <translation>إعادة توزيع الجميع…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="88" />
        <location filename="../../ui/setup/group_assign.py" line="169" />
        <source>Reshuffle everyone</source>
        <translation>إعادة توزيع الجميع</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="90" />
        <source>Balance everyone into the groups again from scratch (pinned people stay). Asks first, with how many people would change group: route slips and group lists already printed become wrong.</source>
        <translation>إعادة توزيع الجميع على المجموعات من البداية (يبقى المثبّتون). يسأل أولًا مع بيان عدد من سيغيّرون مجموعتهم: تصبح بطاقات المسار وقوائم المجموعات المطبوعة غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="93" />
        <location filename="../../ui/setup/group_assign.py" line="94" />
        <source>Assign groups</source>
        <translation>توزيع المجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="95" />
        <source>Divide every participant into balanced groups</source>
        <translation>توزيع جميع المشاركين على مجموعات متوازنة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="112" />
        <source>Placed 1 newcomer ({0}); nobody else moved.</source>
        <translation>وُزّع قادم جديد واحد ({0})؛ ولم يتحرك أحد غيره.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="113" />
        <source>Placed {1} newcomers ({0}); nobody else moved.</source>
        <translation>وُزّع {1} من القادمين الجدد ({0})؛ ولم يتحرك أحد غيرهم.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="118" />
        <source>Place 1 newcomer</source>
        <translation>توزيع قادم جديد واحد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="118" />
        <source>Place {0} newcomers</source>
        <translation>توزيع {0} من القادمين الجدد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="141" />
        <source>Reshuffle cancelled: nobody moved.</source>
        <translation>أُلغيت إعادة التوزيع: لم يتحرك أحد.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="155" />
        <source>Reshuffle all {0} people?</source>
        <translation>إعادة توزيع الأشخاص الـ{0} جميعًا؟</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="156" />
        <source>Reshuffle the 1 person?</source>
        <translation>إعادة توزيع الشخص الوحيد؟</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="157" />
        <source>About {0} would change group; route slips and group lists already printed become wrong.</source>
        <translation>سيغيّر نحو {0} مجموعتهم؛ وتصبح بطاقات المسار وقوائم المجموعات المطبوعة غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="160" />
        <source>{0} pinned people stay where they are.</source>
        <translation>يبقى {0} من المثبّتين في أماكنهم.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="161" />
        <source>1 pinned person stays where they are.</source>
        <translation>يبقى شخص مثبّت واحد في مكانه.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="164" />
        <source>There will be {0} groups instead of {1}.</source>
        <translation>سيكون عدد المجموعات {0} بدلًا من {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="168" />
        <source>Reshuffle everyone?</source>
        <translation>إعادة توزيع الجميع؟</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="177" />
        <source>Assigned {0} people to {1} groups (seed {2}); balance score {3}.</source>
        <translation>وُزّع {0} شخصًا على {1} مجموعات (البذرة {2})؛ درجة التوازن {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="182" />
        <source>Assign {0} groups</source>
        <translation>توزيع {0} مجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/group_assign.py" line="182" />
        <source>Reshuffle everyone into {0} groups</source>
        <translation>إعادة توزيع الجميع على {0} مجموعات</translation>
    </message>
</context>
<context>
    <name>CandidatesModel</name>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="23" />
        <source>Import</source>
        <extracomment>the invisible root every row hangs from (a value, never modified)</extracomment>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="23" />
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="24" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="24" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="25" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="26" />
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="27" />
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="27" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_candidates.py" line="28" />
        <source>Check</source>
        <translation>للتحقق</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="59" />
        <source>Keep delegations apart</source>
        <extracomment>(label, service value) of the delegation choices</extracomment>
        <translation>توزيع أعضاء الوفود على مجموعات مختلفة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="60" />
        <source>Keep delegations together</source>
        <translation>إبقاء أعضاء الوفد معًا</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="61" />
        <source>Ignore delegations</source>
        <translation>تجاهل الوفود</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="81" />
        <source>Three groups in the Geneva format</source>
        <extracomment>the kinds of rows whose changes this tab shows</extracomment>
        <translation>ثلاث مجموعات في صيغة جنيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="82" />
        <source>Number of groups</source>
        <translation>عدد المجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="86" />
        <source>Delegations</source>
        <translation>الوفود</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="88" />
        <source>Whether members of one delegation are spread over the groups, kept in one group, or placed freely</source>
        <translation>هل يُوزَّع أعضاء الوفد الواحد على المجموعات أم يُجمعون في مجموعة واحدة أم يوضعون بحرية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="93" />
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="94" />
        <source>The same seed always gives the same groups; another seed, another draw</source>
        <translation>البذرة نفسها تعطي دائمًا المجموعات نفسها؛ وبذرة أخرى تعطي قرعة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="97" />
        <source>Place newcomers</source>
        <translation>توزيع القادمين الجدد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="99" />
        <source>Puts only the people not yet in a group into the groups where they fit best; nobody else moves</source>
        <translation>يوزّع فقط من ليسوا في أي مجموعة حيث يناسبون أكثر؛ ولا يتحرك أحد غيرهم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="101" />
        <location filename="../../ui/setup/groups_view.py" line="102" />
        <source>Assign groups</source>
        <translation>توزيع المجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="104" />
        <source>Print their route slips…</source>
        <translation>طباعة بطاقات مسارهم…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="105" />
        <source>Print the route slips of the newcomers just placed</source>
        <translation>طباعة بطاقات مسار القادمين الجدد الذين وُزّعوا للتو</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="106" />
        <source>A PDF with a route slip for each person just placed, and nobody else</source>
        <translation>ملف PDF فيه بطاقة مسار لكل شخص وُزّع للتو، ولا أحد غيره</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="113" />
        <source>What the last group action did</source>
        <translation>نتيجة آخر إجراء على المجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="115" />
        <source>&amp;Groups:</source>
        <translation>ال&amp;مجموعات:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="115" />
        <source>&amp;Delegations:</source>
        <translation>ال&amp;وفود:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="116" />
        <source>S&amp;eed:</source>
        <translation>ال&amp;بذرة:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="131" />
        <source>Balance score</source>
        <translation>درجة التوازن</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="135" />
        <source>Problems with the groups</source>
        <translation>مشكلات المجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="137" />
        <source>Drag people between groups, or select them and use “Move to…”. Someone moved by hand is pinned: reshuffling balances everyone else around them (“Pin” holds or releases the selected people). “Place newcomers” places only the people not yet in a group, so printed route slips stay right. The same seed always gives the same groups. Hosts and note-takers are not participants and are never in a group: they stay in their rooms (Setup › Hosts).</source>
        <translation>اسحب الأشخاص بين المجموعات، أو حدّدهم واستخدم «نقل إلى…». من يُنقل يدويًا يُثبَّت: إعادة التوزيع توازن الآخرين من حوله («تثبيت» يثبّت المحددين أو يحررهم). «توزيع القادمين الجدد» يوزّع فقط من ليسوا في أي مجموعة بعد، فتبقى بطاقات المسار المطبوعة صحيحة. البذرة نفسها تعطي دائمًا المجموعات نفسها. المضيفون ومدوّنو الملاحظات ليسوا مشاركين ولا يكونون في أي مجموعة: يبقون في قاعاتهم (الإعداد › المضيفون).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="146" />
        <source>Move to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="147" />
        <source>Move the selected people to another group</source>
        <translation>نقل المحددين إلى مجموعة أخرى</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="151" />
        <source>Pin</source>
        <translation>تثبيت</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="153" />
        <source>Pin the selected people</source>
        <translation>تثبيت المحددين</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="154" />
        <source>Hold the selected people in their group when groups are assigned again</source>
        <translation>إبقاء المحددين في مجموعتهم عند إعادة التوزيع</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="177" />
        <source>Balance: stakeholder types per group</source>
        <translation>التوازن: أنواع الجهات المعنية في كل مجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="178" />
        <source>Balance: countries per group</source>
        <translation>التوازن: البلدان في كل مجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="234" />
        <location filename="../../ui/setup/groups_view.py" line="301" />
        <source>Not in a group</source>
        <translation>خارج المجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="252" />
        <source>{0} · 1 person</source>
        <translation>{0} · شخص واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="253" />
        <source>{0} · %n people</source>
        <translation><numerusform>{0} · لا أحد</numerusform><numerusform>{0} · شخص واحد</numerusform><numerusform>{0} · شخصان</numerusform><numerusform>{0} · %n أشخاص</numerusform><numerusform>{0} · %n شخصًا</numerusform><numerusform>{0} · %n شخص</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="254" />
        <source>Members of {0}</source>
        <translation>أعضاء {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="261" />
        <source>{0}  — pinned</source>
        <translation>{0}  — مثبّت</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="279" />
        <source>(no type)</source>
        <translation>(بلا نوع)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="284" />
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="284" />
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="284" />
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="286" />
        <source>(no country)</source>
        <translation>(بلا بلد)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="292" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="292" />
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="346" />
        <source>No groups yet: choose how many and press “Assign groups”.</source>
        <translation>لا توجد مجموعات بعد: اختر عددها واضغط «توزيع المجموعات».</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="354" />
        <source>Balance score {0} (0 is as even as the numbers allow; lower is better) · random assignment would score about {1}.</source>
        <translation>درجة التوازن {0} (الصفر أعدل ما تسمح به الأعداد؛ والأقل أفضل) · التوزيع العشوائي يعطي نحو {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="356" />
        <source>Nobody is in a group yet.</source>
        <translation>لا أحد في أي مجموعة بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="360" />
        <source>%n people are not in a group.</source>
        <translation><numerusform>لا أحد خارج المجموعات.</numerusform><numerusform>شخص واحد ليس في أي مجموعة.</numerusform><numerusform>شخصان ليسا في أي مجموعة.</numerusform><numerusform>%n أشخاص ليسوا في أي مجموعة.</numerusform><numerusform>%n شخصًا ليسوا في أي مجموعة.</numerusform><numerusform>%n شخص ليسوا في أي مجموعة.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="361" />
        <source>1 person is not in a group.</source>
        <translation>شخص واحد ليس في أي مجموعة.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="365" />
        <source>{0} has no room in any round: build the rotation again in Rounds &amp; rooms.</source>
        <translation>ليس لـ{0} قاعة في أي جولة: أعد إنشاء التناوب في الجولات والقاعات.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="367" />
        <source>{0} have no room in any round: build the rotation again in Rounds &amp; rooms.</source>
        <translation>ليس لـ{0} قاعة في أي جولة: أعد إنشاء التناوب في الجولات والقاعات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="380" />
        <source>%n people</source>
        <translation><numerusform>لا أحد</numerusform><numerusform>شخص واحد</numerusform><numerusform>شخصان</numerusform><numerusform>%n أشخاص</numerusform><numerusform>%n شخصًا</numerusform><numerusform>%n شخص</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="386" />
        <source>Move {0} to {1}</source>
        <translation>نقل {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="387" />
        <source>Take {0} out of their group</source>
        <translation>إخراج {0} من مجموعته</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="408" />
        <source>Pin {0}</source>
        <translation>تثبيت {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="408" />
        <source>Release {0}</source>
        <translation>تحرير {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/groups_view.py" line="419" />
        <source>%n selected</source>
        <translation><numerusform>لا أحد محدد</numerusform><numerusform>شخص واحد محدد</numerusform><numerusform>شخصان محددان</numerusform><numerusform>%n أشخاص محددون</numerusform><numerusform>%n شخصًا محددًا</numerusform><numerusform>%n شخص محدد</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="420" />
        <source>Select people to move or pin them.</source>
        <translation>حدّد أشخاصًا لنقلهم أو تثبيتهم.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/groups_view.py" line="423" />
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>HostsTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="394" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="394" />
        <source>Rename host</source>
        <translation>إعادة تسمية المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="395" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="395" />
        <source>Edit host organisation</source>
        <translation>تعديل منظمة المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="396" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="396" />
        <source>Change host role</source>
        <translation>تغيير دور المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="398" />
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="398" />
        <source>Change host theme</source>
        <translation>تغيير محور المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="399" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="399" />
        <source>Edit host e-mail</source>
        <translation>تعديل بريد المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="400" />
        <source>host</source>
        <translation>المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="401" />
        <source>Hosts and note-takers</source>
        <translation>المضيفون ومدوّنو الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="402" />
        <location filename="../../ui/setup/setup_tabs.py" line="416" />
        <source>Add host</source>
        <translation>إضافة مضيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="403" />
        <source>Delete host</source>
        <translation>حذف المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="407" />
        <source>Delete host “{0}”</source>
        <translation>حذف المضيف «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="413" />
        <source>(no theme)</source>
        <translation>(بلا محور)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="416" />
        <source>New host</source>
        <translation>مضيف جديد</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="65" />
        <source>Registration lists (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>قوائم التسجيل (*.csv *.txt *.tsv);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="68" />
        <source>(not in the file)</source>
        <extracomment>a field no column holds (translated where shown)</extracomment>
        <translation>(غير موجود في الملف)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="26" />
        <source>Name</source>
        <extracomment>the participant fields' names on the columns step (the core's FIELD_LABELS, in the window's language)</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="27" />
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="28" />
        <source>Last name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="29" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="30" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="31" />
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="32" />
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="33" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="80" />
        <location filename="../../ui/setup/import_dialog.py" line="100" />
        <source>Import participants</source>
        <extracomment>rows of the file shown under the column choice
----------
participants were imported (their number)</extracomment>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="117" />
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="118" />
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="119" />
        <source>&amp;Next</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="120" />
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="122" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="153" />
        <source>Choose the registration list, saved as CSV (from a registration system or Excel: File › Save As › CSV). Any of UTF-8, Windows-1252 or UTF-16, separated by commas, semicolons or tabs, is recognised.

Nothing is added to the workshop until you press “Import” on the last step.</source>
        <translation>اختر قائمة التسجيل المحفوظة بصيغة CSV (من نظام تسجيل أو من Excel: ملف › حفظ باسم › CSV). تُقبل الترميزات UTF-8 وWindows-1252 وUTF-16، مع الفواصل أو الفواصل المنقوطة أو علامات الجدولة.

لا يُضاف شيء إلى ورشة العمل قبل أن تضغط «استيراد» في الخطوة الأخيرة.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="158" />
        <source>&amp;Choose file…</source>
        <translation>ا&amp;ختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="159" />
        <source>Choose the registration file</source>
        <translation>اختيار ملف التسجيل</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="161" />
        <source>No file chosen.</source>
        <translation>لم يُختر أي ملف.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="162" />
        <source>File chosen</source>
        <translation>الملف المختار</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="183" />
        <source>Separator</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="184" />
        <source>The character between the fields; choose another one if the columns below are split wrongly.</source>
        <translation>الحرف الفاصل بين الحقول؛ اختر غيره إن ظهرت الأعمدة أدناه مقسّمة خطأً.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="186" />
        <location filename="../../ui/setup/import_dialog.py" line="341" />
        <source>Detected</source>
        <translation>المكتشَف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="187" />
        <source>Comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="187" />
        <source>Semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="187" />
        <source>Tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="188" />
        <source>Vertical bar</source>
        <translation>شريط عمودي</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="191" />
        <source>&amp;Separator:</source>
        <translation>ال&amp;فاصل:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="198" />
        <source>Which column holds each field? The name may come from one column, or from first and last name. Your choice is remembered for files with the same columns.</source>
        <translation>أي عمود يحتوي كل حقل؟ قد يأتي الاسم من عمود واحد، أو من الاسم الأول واسم العائلة. يُحفظ اختيارك للملفات ذات الأعمدة نفسها.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="210" />
        <source>Column for {0}</source>
        <translation>عمود «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="211" />
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="216" />
        <source>The first rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="217" />
        <source>The first rows of the file:</source>
        <translation>الصفوف الأولى من الملف:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="237" />
        <source>Participants to import</source>
        <translation>المشاركون المراد استيرادهم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="239" />
        <source>One row per participant found in the file; untick a row to leave that person out</source>
        <translation>صف لكل مشارك في الملف؛ ألغِ تحديد صف لاستبعاد صاحبه</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="244" />
        <location filename="../../ui/setup/import_dialog.py" line="267" />
        <source>Problems, by line</source>
        <translation>المشكلات حسب السطر</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="247" />
        <location filename="../../ui/setup/import_dialog.py" line="268" />
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="249" />
        <source>Each country in the file that is imported otherwise than typed, or that should be checked: what is imported for it, a country to choose instead, and a button to use it</source>
        <translation>كل بلد في الملف لا يُستورد كما كُتب أو ينبغي التحقق منه: ما يُستورد بدلًا منه، وبلد يمكن اختياره عوضًا عنه، وزر لاعتماده</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>Imported as</source>
        <translation>يُستورد باسم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="252" />
        <source>Or choose</source>
        <translation>أو اختر</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="259" />
        <location filename="../../ui/setup/import_dialog.py" line="269" />
        <source>Possible duplicates</source>
        <translation>تكرارات محتملة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="260" />
        <source>Skip the rows that repeat someone</source>
        <translation>تخطي الصفوف التي تكرر أشخاصًا</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="289" />
        <source>Step 1 of 3: the file</source>
        <translation>الخطوة 1 من 3: الملف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="289" />
        <source>Step 2 of 3: the columns</source>
        <translation>الخطوة 2 من 3: الأعمدة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="290" />
        <source>Step 3 of 3: check and import</source>
        <translation>الخطوة 3 من 3: التحقق والاستيراد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="322" />
        <location filename="../../ui/setup/import_dialog.py" line="504" />
        <source>Not done: {0}</source>
        <translation>لم يُنفَّذ: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="352" />
        <source>Reading the file…</source>
        <translation>جارٍ قراءة الملف…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="359" />
        <source>This file cannot be read with this separator: {0}</source>
        <translation>لا يمكن قراءة هذا الملف بهذا الفاصل: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="363" />
        <source>This file cannot be imported: {0}</source>
        <translation>لا يمكن استيراد هذا الملف: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="369" />
        <source>Detected ({0})</source>
        <translation>المكتشَف ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>comma</source>
        <translation>فاصلة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>semicolon</source>
        <translation>فاصلة منقوطة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>tab</source>
        <translation>علامة جدولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="375" />
        <source>vertical bar</source>
        <translation>شريط عمودي</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="380" />
        <source>commas</source>
        <translation>فواصل</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="380" />
        <source>semicolons</source>
        <translation>فواصل منقوطة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="380" />
        <source>tabs</source>
        <translation>علامات جدولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="381" />
        <source>vertical bars</source>
        <translation>أشرطة عمودية</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="425" />
        <source>{0}: read as {1}, separated by {2}; %n row(s) after the header.</source>
        <translation><numerusform>{0}: قُرئ بترميز {1}، ومفصول بـ{2}؛ لا صفوف بعد سطر العناوين.</numerusform><numerusform>{0}: قُرئ بترميز {1}، ومفصول بـ{2}؛ صف واحد بعد سطر العناوين.</numerusform><numerusform>{0}: قُرئ بترميز {1}، ومفصول بـ{2}؛ صفان بعد سطر العناوين.</numerusform><numerusform>{0}: قُرئ بترميز {1}، ومفصول بـ{2}؛ %n صفوف بعد سطر العناوين.</numerusform><numerusform>{0}: قُرئ بترميز {1}، ومفصول بـ{2}؛ %n صفًا بعد سطر العناوين.</numerusform><numerusform>{0}: قُرئ بترميز {1}، ومفصول بـ{2}؛ %n صف بعد سطر العناوين.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="472" />
        <source>Choose the column that holds the name (or the columns for first and last name).</source>
        <translation>اختر العمود الذي يحتوي الاسم (أو عمودي الاسم الأول واسم العائلة).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="493" />
        <source>Preparing the preview…</source>
        <translation>جارٍ إعداد المعاينة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="516" />
        <source>Import %n participant(s)</source>
        <translation><numerusform>لا أحد للاستيراد</numerusform><numerusform>استيراد مشارك واحد</numerusform><numerusform>استيراد مشاركَين</numerusform><numerusform>استيراد %n مشاركين</numerusform><numerusform>استيراد %n مشاركًا</numerusform><numerusform>استيراد %n مشارك</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="529" />
        <source>the file</source>
        <translation>الملف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="530" />
        <source>Importing %n participant(s)…</source>
        <translation><numerusform>لا أحد للاستيراد…</numerusform><numerusform>جارٍ استيراد مشارك واحد…</numerusform><numerusform>جارٍ استيراد مشاركَين…</numerusform><numerusform>جارٍ استيراد %n مشاركين…</numerusform><numerusform>جارٍ استيراد %n مشاركًا…</numerusform><numerusform>جارٍ استيراد %n مشارك…</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="534" />
        <source>Imported %n participant(s) from {0}.</source>
        <translation><numerusform>لم يُستورد أحد من {0}.</numerusform><numerusform>استُورد مشارك واحد من {0}.</numerusform><numerusform>استُورد مشاركان من {0}.</numerusform><numerusform>استُورد %n مشاركين من {0}.</numerusform><numerusform>استُورد %n مشاركًا من {0}.</numerusform><numerusform>استُورد %n مشارك من {0}.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_dialog.py" line="539" />
        <source>Not imported: {0}</source>
        <translation>لم يُستورد: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/import_dialog.py" line="541" />
        <source>Import %n participant(s) from {0}</source>
        <translation><numerusform>لا أحد للاستيراد من {0}</numerusform><numerusform>استيراد مشارك واحد من {0}</numerusform><numerusform>استيراد مشاركَين من {0}</numerusform><numerusform>استيراد %n مشاركين من {0}</numerusform><numerusform>استيراد %n مشاركًا من {0}</numerusform><numerusform>استيراد %n مشارك من {0}</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="87" />
        <source>already in the workshop: {0} ({1})</source>
        <translation>موجود في ورشة العمل: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="89" />
        <source>repeats line {0} ({1})</source>
        <translation>يكرر السطر {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="101" />
        <source>No problems found.</source>
        <translation>لم يُعثر على مشكلات.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="115" />
        <source>{0}: looks like {1}, already in the workshop ({2})</source>
        <translation>{0}: يشبه {1}، الموجود في ورشة العمل ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="118" />
        <source>{0}: the same person? ({1})</source>
        <translation>{0}: الشخص نفسه؟ ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="120" />
        <source>No duplicates found.</source>
        <translation>لم يُعثر على تكرارات.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="122" />
        <source>Skip the row that repeats someone</source>
        <translation>تخطي الصف الذي يكرر شخصًا</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="162" />
        <source>Country for “{0}”</source>
        <translation>البلد المقابل لـ«{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="165" />
        <source>Type or choose a country</source>
        <translation>اكتب بلدًا أو اختره</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="175" />
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="175" />
        <source>Use</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="177" />
        <source>Use the country chosen for “{0}”</source>
        <translation>اعتماد البلد المختار لـ«{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="178" />
        <source>Import every row that says “{0}” with the country in the box beside</source>
        <translation>استيراد كل صف يذكر «{0}» بالبلد المختار في الخانة المجاورة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="182" />
        <source>Keep as typed</source>
        <translation>الإبقاء كما كُتب</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="184" />
        <source>Keep “{0}” as typed</source>
        <translation>الإبقاء على «{0}» كما كُتب</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="185" />
        <source>Take the choice back: import “{0}” as the file says it</source>
        <translation>التراجع عن الاختيار: استيراد «{0}» كما ورد في الملف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="208" />
        <source>{0} is not a country in the list; choose one from the list.</source>
        <translation>{0} ليس بلدًا في القائمة؛ اختر بلدًا منها.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="219" />
        <source>Using {0} for “{1}”…</source>
        <translation>جارٍ اعتماد {0} لـ«{1}»…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="231" />
        <source>Keeping “{0}” as typed…</source>
        <translation>جارٍ الإبقاء على «{0}» كما كُتب…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="261" />
        <source>{0} and {1}</source>
        <translation>{0} و{1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="266" />
        <source>Line {0}</source>
        <translation>السطر {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="267" />
        <source>Lines {0} and {1}</source>
        <translation>الأسطر {0} و{1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="273" />
        <location filename="../../ui/setup/import_preview.py" line="275" />
        <location filename="../../ui/setup/import_preview.py" line="277" />
        <source>{0} (as typed)</source>
        <translation>{0} (كما كُتب)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="273" />
        <source>Not a known country. Did you mean {1}? Press Accept to use it for every row that says “{0}”; otherwise it is imported as typed.</source>
        <translation>بلد غير معروف. هل تقصد {1}؟ اضغط «قبول» لاعتماده في كل صف يذكر «{0}»؛ وإلا يُستورد كما كُتب.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="275" />
        <source>Not a known country: imported as typed, unless you choose a country beside.</source>
        <translation>بلد غير معروف: يُستورد كما كُتب ما لم تختر بلدًا بجانبه.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="277" />
        <source>Not a UN Member or observer State: imported exactly as typed.</source>
        <translation>ليس دولة عضوًا أو مراقبة في الأمم المتحدة: يُستورد تمامًا كما كُتب.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="278" />
        <source>{0} (your choice)</source>
        <translation>{0} (اختيارك)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="278" />
        <source>You chose this country for every row that says “{2}”; Keep as typed takes it back.</source>
        <translation>اخترت هذا البلد لكل صف يذكر «{2}»؛ «الإبقاء كما كُتب» يتراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="280" />
        <source>{0} (UN name)</source>
        <translation>{0} (اسم الأمم المتحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="280" />
        <source>“{2}” is another name of {0}: imported under the UN's name.</source>
        <translation>«{2}» اسم آخر لـ{0}: يُستورد باسم الأمم المتحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="289" />
        <source>country “{0}”: did you mean {2}? Imported as typed unless accepted</source>
        <translation>البلد «{0}»: هل تقصد {2}؟ يُستورد كما كُتب ما لم تقبل</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="290" />
        <source>country “{0}” not recognised: imported as typed</source>
        <translation>البلد «{0}» غير معروف: يُستورد كما كُتب</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="291" />
        <source>country “{0}” kept as typed</source>
        <translation>البلد «{0}» يُبقى كما كُتب</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="292" />
        <source>country: {0} → {1} (your choice)</source>
        <translation>البلد: {0} ← {1} (اختيارك)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="293" />
        <source>country: {0} → {1}</source>
        <translation>البلد: {0} ← {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="309" />
        <source>1 row has a country with a suggested spelling: accept it below, or it is imported as typed.</source>
        <translation>صف واحد فيه بلد له تهجئة مقترحة: اقبلها أدناه، وإلا يُستورد كما كُتب.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="311" />
        <source>{0} rows have a country with a suggested spelling: accept it below, or they are imported as typed.</source>
        <translation>{0} صفوف فيها بلد له تهجئة مقترحة: اقبلها أدناه، وإلا تُستورد كما كُتبت.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="314" />
        <source>1 row has a country that was not recognised: it is imported as typed unless you choose a country below.</source>
        <translation>صف واحد فيه بلد لم يُتعرّف عليه: يُستورد كما كُتب ما لم تختر بلدًا أدناه.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="316" />
        <source>{0} rows have a country that was not recognised: they are imported as typed unless you choose a country below.</source>
        <translation>{0} صفوف فيها بلد لم يُتعرّف عليه: تُستورد كما كُتبت ما لم تختر بلدًا أدناه.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="319" />
        <source>1 row names a place that is not a UN Member or observer State: kept as typed.</source>
        <translation>صف واحد يذكر مكانًا ليس دولة عضوًا أو مراقبة في الأمم المتحدة: يُحتفظ به كما كُتب.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="321" />
        <source>{0} rows name a place that is not a UN Member or observer State: kept as typed.</source>
        <translation>{0} صفوف تذكر مكانًا ليس دولة عضوًا أو مراقبة في الأمم المتحدة: يُحتفظ بها كما كُتبت.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="324" />
        <source>1 row is imported under the UN's name of its country ({1}).</source>
        <translation>صف واحد يُستورد باسم بلده المعتمد في الأمم المتحدة ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/import_preview.py" line="325" />
        <source>{0} rows are imported under the UN's name of their country (e.g. {1}).</source>
        <translation>{0} صفوف تُستورد باسم بلدها المعتمد في الأمم المتحدة (مثل {1}).</translation>
    </message>
</context>
<context>
    <name>MasterDetailTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="175" />
        <source>Not saved: {0}</source>
        <extracomment>the translation context of this module's tables (column headers, kinds, roles) the Service's name for the kind (``delete_&lt;kind&gt;``)</extracomment>
        <translation>لم يُحفظ: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="179" />
        <source>Delete “{0}”</source>
        <translation>حذف «{0}»</translation>
    </message>
</context>
<context>
    <name>MovesDisplay</name>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="49" />
        <source>Moves between rounds</source>
        <extracomment>the clock's caption and the break line the largest and smallest point sizes of the lines</extracomment>
        <translation>التنقل بين الجولات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="59" />
        <location filename="../../ui/setup/moves_display.py" line="82" />
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="60" />
        <source>Screen</source>
        <translation>الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="61" />
        <source>Full screen (F)</source>
        <translation>ملء الشاشة (F)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="62" />
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="64" />
        <source>F: full screen · Esc: leave full screen</source>
        <translation>F: ملء الشاشة · Esc: الخروج من ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="65" />
        <source>&amp;Round:</source>
        <translation>ال&amp;جولة:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="67" />
        <source>&amp;Screen:</source>
        <translation>ال&amp;شاشة:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="84" />
        <source>Clock</source>
        <translation>الساعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="87" />
        <source>What the clock counts</source>
        <translation>ما تحسبه الساعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="97" />
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="160" />
        <source>No group has a room in this round yet.</source>
        <translation>لا توجد بعد قاعة لأي مجموعة في هذه الجولة.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="162" />
        <source>The agenda has no rounds yet.</source>
        <translation>لا يتضمن جدول الأعمال جولات بعد.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="177" />
        <source>Now moving to round {0} · {1}</source>
        <translation>الانتقال الآن إلى الجولة {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="178" />
        <source>Now moving to round {0}</source>
        <translation>الانتقال الآن إلى الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="244" />
        <source>{0}: {1} ({2}×{3})</source>
        <translation>{0}: {1} ({2}×{3})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/moves_display.py" line="245" />
        <source>screen</source>
        <translation>شاشة</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../ui/setup/people_view.py" line="180" />
        <source>&amp;Name:</source>
        <extracomment>source row -&gt; its columns' text, casefolded (filled on demand, emptied when the rows change)</extracomment>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="180" />
        <source>&amp;Organisation:</source>
        <translation>ال&amp;منظمة:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="181" />
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="181" />
        <source>&amp;Stakeholder type:</source>
        <translation>&amp;نوع الجهة المعنية:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="182" />
        <source>&amp;Delegation:</source>
        <translation>ال&amp;وفد:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="182" />
        <source>&amp;E-mail:</source>
        <translation>ال&amp;بريد الإلكتروني:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="184" />
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="185" />
        <source>Type to choose from the list</source>
        <translation>اكتب للاختيار من القائمة</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/setup/people_view.py" line="229" />
        <source>Participants</source>
        <extracomment>a late arrival whose group the next snapshot will show a participant just added, to select once the snapshot has them</extracomment>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="231" />
        <source>Filter by name, organisation, country, group…</source>
        <translation>التصفية بالاسم أو المنظمة أو البلد أو المجموعة…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="233" />
        <source>Filter participants</source>
        <translation>تصفية المشاركين</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="237" />
        <source>How many participants are shown</source>
        <translation>عدد المشاركين المعروضين</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="240" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="240" />
        <source>Rename participant</source>
        <translation>إعادة تسمية المشارك</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="241" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="241" />
        <source>Edit participant organisation</source>
        <translation>تعديل منظمة المشارك</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="242" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="242" />
        <source>Change participant country</source>
        <translation>تغيير بلد المشارك</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="243" />
        <source>Type to choose from the list</source>
        <translation>اكتب للاختيار من القائمة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="245" />
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="245" />
        <source>Change stakeholder type</source>
        <translation>تغيير نوع الجهة المعنية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="247" />
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="247" />
        <source>Edit participant delegation</source>
        <translation>تعديل وفد المشارك</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="248" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="248" />
        <source>Edit participant e-mail</source>
        <translation>تعديل بريد المشارك</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="250" />
        <source>Add participant…</source>
        <translation>إضافة مشارك…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="251" />
        <location filename="../../ui/setup/people_view.py" line="410" />
        <source>Add participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="252" />
        <source>Late arrival…</source>
        <translation>وصول متأخر…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="253" />
        <location filename="../../ui/setup/people_view.py" line="423" />
        <source>Late arrival</source>
        <translation>وصول متأخر</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="254" />
        <source>Add someone arriving at the door and place them in the group where they fit best</source>
        <translation>إضافة شخص يصل عند الباب ووضعه في المجموعة الأنسب له</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="256" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="257" />
        <source>Delete the selected participants</source>
        <translation>حذف المشاركين المحددين</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="259" />
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="260" />
        <source>Import participants from a CSV file</source>
        <translation>استيراد المشاركين من ملف CSV</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="261" />
        <source>Print route slip…</source>
        <translation>طباعة بطاقة المسار…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="262" />
        <source>Print route slip</source>
        <translation>طباعة بطاقة المسار</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="263" />
        <source>Saves the route slips of the selected participants as a PDF</source>
        <translation>يحفظ بطاقات مسار المشاركين المحددين في ملف PDF</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="265" />
        <source>A PDF with the route slip of each selected participant: their group and, round by round, the time, room and theme</source>
        <translation>ملف PDF فيه بطاقة مسار كل مشارك محدد: مجموعته، ثم الوقت والقاعة والمحور في كل جولة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="332" />
        <source>%n participant(s)</source>
        <translation><numerusform>لا مشاركين</numerusform><numerusform>مشارك واحد</numerusform><numerusform>مشاركان</numerusform><numerusform>%n مشاركين</numerusform><numerusform>%n مشاركًا</numerusform><numerusform>%n مشارك</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="333" />
        <source>{0} shown of %n participant(s)</source>
        <translation><numerusform>{0} معروضون من أصل لا أحد</numerusform><numerusform>{0} معروضون من أصل مشارك واحد</numerusform><numerusform>{0} معروضون من أصل مشاركَين</numerusform><numerusform>{0} معروضون من أصل %n مشاركين</numerusform><numerusform>{0} معروضون من أصل %n مشاركًا</numerusform><numerusform>{0} معروضون من أصل %n مشارك</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="342" />
        <source>{0} was added; there are no groups yet, so they are in none.</source>
        <translation>أُضيف {0}؛ لا توجد مجموعات بعد، فهو ليس في أي منها.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="355" />
        <source>{0} joined {1}</source>
        <translation>انضم {0} إلى {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="357" />
        <source>{0}, where they fit best. The groups have no rooms yet (Rounds &amp; rooms).</source>
        <translation>{0}، حيث يناسب أكثر. ليست للمجموعات قاعات بعد (الجولات والقاعات).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="360" />
        <source>now in {0}</source>
        <translation>الآن في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="360" />
        <source>waiting this round</source>
        <translation>في الانتظار في هذه الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="362" />
        <source>this is the last round</source>
        <translation>هذه هي الجولة الأخيرة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="364" />
        <source>next round in {0}</source>
        <translation>في الجولة التالية في {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="366" />
        <source>waiting next round</source>
        <translation>في الانتظار في الجولة التالية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="367" />
        <source>{0} — {1}, {2}.</source>
        <translation>{0} — {1}، {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="369" />
        <source>{0}; every round is over.</source>
        <translation>{0}؛ انتهت كل الجولات.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="372" />
        <source>{0} — round {1}{2} in {3}.</source>
        <translation>{0} — الجولة {1}{2} في {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="373" />
        <source>{0} — waiting in round {1}{2}.</source>
        <translation>{0} — في الانتظار في الجولة {1}{2}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="416" />
        <source>Added {0}.</source>
        <translation>أُضيف {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="418" />
        <source>Add participant “{0}”</source>
        <translation>إضافة المشارك «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="423" />
        <source>Someone arriving at the door: they join the group where they fit best (stakeholder types, countries and organisations stay balanced).</source>
        <translation>شخص يصل عند الباب: ينضم إلى المجموعة الأنسب له (تبقى أنواع الجهات المعنية والبلدان والمنظمات متوازنة).</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="432" />
        <source>Add late arrival “{0}”</source>
        <translation>إضافة الواصل المتأخر «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="443" />
        <source>Delete participant “{0}”</source>
        <translation>حذف المشارك «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="444" />
        <source>Deleted “{0}”. Edit › Undo (Ctrl+Z) brings them back with their group places.</source>
        <translation>حُذف «{0}». تحرير › تراجع (Ctrl+Z) يعيده مع مكانه في المجموعات.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="447" />
        <source>Delete %n participant(s)</source>
        <translation><numerusform>حذف لا أحد</numerusform><numerusform>حذف مشارك واحد</numerusform><numerusform>حذف مشاركَين</numerusform><numerusform>حذف %n مشاركين</numerusform><numerusform>حذف %n مشاركًا</numerusform><numerusform>حذف %n مشارك</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_view.py" line="448" />
        <source>Deleted %n participant(s). Edit › Undo (Ctrl+Z) brings them back with their group places.</source>
        <translation><numerusform>لم يُحذف أحد.</numerusform><numerusform>حُذف مشارك واحد. تحرير › تراجع (Ctrl+Z) يعيده مع مكانه في المجموعات.</numerusform><numerusform>حُذف مشاركان. تحرير › تراجع (Ctrl+Z) يعيدهما مع مكانيهما في المجموعات.</numerusform><numerusform>حُذف %n مشاركين. تحرير › تراجع (Ctrl+Z) يعيدهم مع أماكنهم في المجموعات.</numerusform><numerusform>حُذف %n مشاركًا. تحرير › تراجع (Ctrl+Z) يعيدهم مع أماكنهم في المجموعات.</numerusform><numerusform>حُذف %n مشارك. تحرير › تراجع (Ctrl+Z) يعيدهم مع أماكنهم في المجموعات.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="475" />
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="305" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="305" />
        <source>Rename room</source>
        <translation>إعادة تسمية القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="306" />
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="306" />
        <source>Change room capacity</source>
        <translation>تغيير سعة القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="307" />
        <source> seats</source>
        <translation> مقعدًا</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="308" />
        <source>room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="309" />
        <source>Rooms</source>
        <translation>القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="310" />
        <location filename="../../ui/setup/setup_tabs.py" line="324" />
        <source>Add room</source>
        <translation>إضافة قاعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="311" />
        <source>Delete room</source>
        <translation>حذف القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="315" />
        <source>Delete room “{0}”</source>
        <translation>حذف القاعة «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="323" />
        <source>New room</source>
        <translation>قاعة جديدة</translation>
    </message>
</context>
<context>
    <name>RotationGrid</name>
    <message>
        <location filename="../../ui/setup/rotation_grid.py" line="39" />
        <source>waits</source>
        <extracomment>a group in no room for a round (translated where shown: :func:`waits_text`)</extracomment>
        <translation>ينتظر</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rotation_grid.py" line="158" />
        <source>Room of {0} in {1}</source>
        <extracomment>the role under which a rotation cell holds its room uuid (None: the group waits) an editor's property: its value was picked (a pick commits; leaving the cell does not) the open editors (one, normally) and the cell each edits</extracomment>
        <translation>قاعة {0} في {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rotation_grid.py" line="159" />
        <source>Choosing a room moves the group there in this round</source>
        <translation>اختيار قاعة ينقل المجموعة إليها في هذه الجولة</translation>
    </message>
</context>
<context>
    <name>RotationPanel</name>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="148" />
        <source>Rotation</source>
        <translation>التناوب</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="150" />
        <source>Rows are groups, columns are rounds; each cell is the room the group sits in</source>
        <translation>الصفوف هي المجموعات والأعمدة هي الجولات؛ كل خانة هي قاعة المجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="158" />
        <source>Rooms, round by round</source>
        <translation>القاعات جولةً جولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="160" />
        <source>Rows are rooms, columns are rounds; each cell is the group inside and the room's state</source>
        <translation>الصفوف هي القاعات والأعمدة هي الجولات؛ كل خانة هي المجموعة الموجودة وحالة القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="162" />
        <location filename="../../ui/setup/rounds_view.py" line="288" />
        <source>Build rotation</source>
        <translation>إنشاء التناوب</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="163" />
        <source>Fill the whole grid: every group sees every theme once when the numbers allow</source>
        <translation>ملء الجدول كله: تمر كل مجموعة بكل محور مرة واحدة حين تسمح الأعداد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="175" />
        <source>Rotation: where each group sits, round by round (choose a room in a cell to move a group)</source>
        <translation>التناوب: أين تجلس كل مجموعة، جولةً جولة (اختر قاعة في خانة لنقل مجموعة)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="188" />
        <source>Rooms: who is inside, round by round</source>
        <translation>القاعات: من فيها، جولةً جولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="209" />
        <source>The agenda has no rounds yet: add agenda items of kind “Round” in Setup → Agenda.</source>
        <translation>لا يتضمن جدول الأعمال جولات بعد: أضف بنودًا من نوع «الجولة» في الإعداد ← جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="212" />
        <source>There are no groups yet: assign them in Setup → Groups.</source>
        <translation>لا توجد مجموعات بعد: وزّعها في الإعداد ← المجموعات.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="214" />
        <source>No group has been placed in a room yet: press “Build rotation”.</source>
        <translation>لم توضع أي مجموعة في قاعة بعد: اضغط «إنشاء التناوب».</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="263" />
        <source>Move {0} to {1} in round {2}</source>
        <translation>نقل {0} إلى {1} في الجولة {2}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="264" />
        <source>{0} waits in round {1}</source>
        <translation>تنتظر {0} في الجولة {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="267" />
        <source>{0}: done.</source>
        <translation>{0}: تم.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="270" />
        <source>Not changed: {0}</source>
        <translation>لم يتغير: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="284" />
        <source>Rotation built: every group sees every theme once.</source>
        <translation>أُنشئ التناوب: تمر كل مجموعة بكل محور مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="285" />
        <source>Rotation built. {0}</source>
        <translation>أُنشئ التناوب. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="289" />
        <source>Not built: {0}</source>
        <translation>لم يُنشأ: {0}</translation>
    </message>
</context>
<context>
    <name>RoundsView</name>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="302" />
        <source>Groups rotate</source>
        <translation>تناوب المجموعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="303" />
        <source>World Café seating</source>
        <translation>مقاعد المقهى العالمي</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="304" />
        <source>Projector: moves between rounds…</source>
        <translation>جهاز العرض: التنقل بين الجولات…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="305" />
        <source>Projector: moves between rounds</source>
        <translation>جهاز العرض: التنقل بين الجولات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="306" />
        <source>A full-screen view for the move: “Round 2 — Group A → Room XI”</source>
        <translation>عرض بملء الشاشة للتنقل: «الجولة 2 — المجموعة أ ← القاعة XI»</translation>
    </message>
</context>
<context>
    <name>SeatingPanel</name>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="42" />
        <source>Classic World Café: instead of whole groups rotating, every participant changes tables each round so that they meet as many new people as possible; the hosts stay at their tables. Each room with a theme is one table. Route slips and door signs follow the seating when there is one.</source>
        <translation>المقهى العالمي التقليدي: بدلًا من تناوب مجموعات كاملة، يغيّر كل مشارك طاولته في كل جولة ليلتقي أكبر عدد ممكن من الأشخاص الجدد؛ ويبقى المضيفون على طاولاتهم. كل قاعة لها محور هي طاولة. تتبع بطاقات المسار ولافتات الأبواب توزيع المقاعد إن وُجد.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="62" />
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="63" />
        <source>The same seed always gives the same seating</source>
        <translation>البذرة نفسها تعطي دائمًا التوزيع نفسه</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="64" />
        <source>Seat everyone</source>
        <translation>توزيع مقاعد الجميع</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="65" />
        <source>Seat every participant at a new table each round (one undo step)</source>
        <translation>إجلاس كل مشارك على طاولة جديدة في كل جولة (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="67" />
        <source>Clear seating</source>
        <translation>مسح توزيع المقاعد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="68" />
        <source>Remove the seating: the groups rotate again</source>
        <translation>إزالة توزيع المقاعد: تعود المجموعات إلى التناوب</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="71" />
        <source>Round shown</source>
        <translation>الجولة المعروضة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="73" />
        <source>S&amp;eed:</source>
        <translation>ال&amp;بذرة:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="75" />
        <source>R&amp;ound:</source>
        <translation>ال&amp;جولة:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="88" />
        <source>Seating summary</source>
        <translation>ملخص توزيع المقاعد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="90" />
        <source>Tables in the round shown</source>
        <translation>طاولات الجولة المعروضة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="91" />
        <source>Table</source>
        <translation>الطاولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="91" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="91" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="136" />
        <source>No World Café seating: the groups rotate (see “Groups rotate”). Press “Seat everyone” to seat individuals instead.</source>
        <translation>لا يوجد توزيع مقاعد للمقهى العالمي: المجموعات تتناوب (انظر «تناوب المجموعات»). اضغط «توزيع مقاعد الجميع» لتوزيع الأفراد بدلًا من ذلك.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_seating.py" line="142" />
        <source>{0} people at {1} tables over %n round(s): {2} repeat encounters (two people at the same table again); random seating would give about {3}.</source>
        <translation><numerusform>{0} شخصًا على {1} طاولات خلال لا جولات: {2} لقاءات متكررة (شخصان على الطاولة نفسها مرة أخرى)؛ والتوزيع العشوائي يعطي نحو {3}.</numerusform><numerusform>{0} شخصًا على {1} طاولات خلال جولة واحدة: {2} لقاءات متكررة (شخصان على الطاولة نفسها مرة أخرى)؛ والتوزيع العشوائي يعطي نحو {3}.</numerusform><numerusform>{0} شخصًا على {1} طاولات خلال جولتين: {2} لقاءات متكررة (شخصان على الطاولة نفسها مرة أخرى)؛ والتوزيع العشوائي يعطي نحو {3}.</numerusform><numerusform>{0} شخصًا على {1} طاولات خلال %n جولات: {2} لقاءات متكررة (شخصان على الطاولة نفسها مرة أخرى)؛ والتوزيع العشوائي يعطي نحو {3}.</numerusform><numerusform>{0} شخصًا على {1} طاولات خلال %n جولةً: {2} لقاءات متكررة (شخصان على الطاولة نفسها مرة أخرى)؛ والتوزيع العشوائي يعطي نحو {3}.</numerusform><numerusform>{0} شخصًا على {1} طاولات خلال %n جولة: {2} لقاءات متكررة (شخصان على الطاولة نفسها مرة أخرى)؛ والتوزيع العشوائي يعطي نحو {3}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/people_seating.py" line="159" />
        <source>{0} · %n people</source>
        <translation><numerusform>{0} · لا أحد</numerusform><numerusform>{0} · شخص واحد</numerusform><numerusform>{0} · شخصان</numerusform><numerusform>{0} · %n أشخاص</numerusform><numerusform>{0} · %n شخصًا</numerusform><numerusform>{0} · %n شخص</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="161" />
        <source>{0} · host: {1}</source>
        <translation>{0} · المضيف: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="182" />
        <source>Seat everyone (World Café, seed {0})</source>
        <translation>توزيع مقاعد الجميع (المقهى العالمي، البذرة {0})</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="184" />
        <source>Not seated: {0}</source>
        <translation>لم توزَّع المقاعد: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="187" />
        <source>Clear World Café seating</source>
        <translation>مسح توزيع مقاعد المقهى العالمي</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_seating.py" line="188" />
        <source>Not cleared: {0}</source>
        <translation>لم يُمسح: {0}</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="136" />
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="136" />
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="137" />
        <source>Rooms</source>
        <translation>القاعات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="137" />
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="138" />
        <source>Hosts</source>
        <translation>المضيفون</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="138" />
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="139" />
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
</context>
<context>
    <name>ThemesTab</name>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="341" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="341" />
        <source>Rename theme</source>
        <translation>إعادة تسمية المحور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="342" />
        <source>Short name</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="342" />
        <source>Edit theme short name</source>
        <translation>تعديل الاسم المختصر للمحور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="343" />
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="343" />
        <source>Edit theme objective reference</source>
        <translation>تعديل مرجع هدف المحور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="344" />
        <source>e.g. Objective 6</source>
        <translation>مثل الهدف 6</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="345" />
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="345" />
        <source>Edit guiding questions</source>
        <translation>تعديل الأسئلة التوجيهية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="346" />
        <source>One question per line</source>
        <translation>سؤال واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="347" />
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="347" />
        <source>Change theme room</source>
        <translation>تغيير قاعة المحور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="348" />
        <source>theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="349" />
        <source>Themes</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="350" />
        <location filename="../../ui/setup/setup_tabs.py" line="367" />
        <source>Add theme</source>
        <translation>إضافة محور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="351" />
        <source>Delete theme</source>
        <translation>حذف المحور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="355" />
        <source>Delete theme “{0}”</source>
        <translation>حذف المحور «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="361" />
        <source>(no room)</source>
        <translation>(بلا قاعة)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="366" />
        <source>New theme</source>
        <translation>محور جديد</translation>
    </message>
</context>
<context>
    <name>WorkshopTab</name>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="44" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="44" />
        <source>Rename workshop</source>
        <translation>إعادة تسمية ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="45" />
        <source>Venue</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="45" />
        <source>Edit venue</source>
        <translation>تعديل المكان</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="46" />
        <source>First day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="46" />
        <source>Change first day</source>
        <translation>تغيير اليوم الأول</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="47" />
        <source>Last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="47" />
        <source>Change last day</source>
        <translation>تغيير اليوم الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="48" />
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="48" />
        <source>Change time zone</source>
        <translation>تغيير المنطقة الزمنية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="49" />
        <source>e.g. Europe/Zurich</source>
        <translation>مثل Europe/Zurich</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="51" />
        <source>The time zone of the venue, as a name from the list (type to search), e.g. Europe/Zurich</source>
        <translation>المنطقة الزمنية للمكان، باسم من القائمة (اكتب للبحث)، مثل Europe/Zurich</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="52" />
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="53" />
        <source>Warning before the end</source>
        <translation>التنبيه قبل النهاية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="53" />
        <source>Change warning time</source>
        <translation>تغيير وقت التنبيه</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="55" />
        <source>Final warning before the end</source>
        <translation>التنبيه الأخير قبل النهاية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="56" />
        <source>Change final warning time</source>
        <translation>تغيير وقت التنبيه الأخير</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="58" />
        <location filename="../../ui/setup/setup_view.py" line="61" />
        <source>Output language</source>
        <translation>لغة المخرجات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="59" />
        <source>Change output language</source>
        <translation>تغيير لغة المخرجات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="63" />
        <source>The language of the report, slides, stage display, door signs and route slips; the window keeps its own language</source>
        <translation>لغة التقرير والشرائح وشاشة المنصة ولافتات الأبواب وبطاقات المسار؛ وتحتفظ النافذة بلغتها الخاصة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="66" />
        <source>The language the report, slides, stage display, door signs and route slips are written in, with dates and times in its conventions. The window's own language is chosen separately.</source>
        <translation>اللغة التي يُكتب بها التقرير والشرائح وشاشة المنصة ولافتات الأبواب وبطاقات المسار، مع التواريخ والأوقات وفق أعرافها. أما لغة النافذة فتُختار على حدة.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="68" />
        <source>Introduction</source>
        <translation>المقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="68" />
        <source>Edit introduction</source>
        <translation>تعديل المقدمة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="70" />
        <source>Introduction of the report</source>
        <translation>مقدمة التقرير</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="80" />
        <source>What the workshop holds</source>
        <translation>محتوى ورشة العمل</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_view.py" line="81" />
        <source>In this workshop</source>
        <translation>في ورشة العمل هذه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="111" />
        <source>%n day(s)</source>
        <translation><numerusform>لا أيام</numerusform><numerusform>يوم واحد</numerusform><numerusform>يومان</numerusform><numerusform>%n أيام</numerusform><numerusform>%n يومًا</numerusform><numerusform>%n يوم</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="112" />
        <source>%n agenda item(s)</source>
        <translation><numerusform>لا بنود في جدول الأعمال</numerusform><numerusform>بند واحد في جدول الأعمال</numerusform><numerusform>بندان في جدول الأعمال</numerusform><numerusform>%n بنود في جدول الأعمال</numerusform><numerusform>%n بندًا في جدول الأعمال</numerusform><numerusform>%n بند في جدول الأعمال</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="113" />
        <source>%n round(s)</source>
        <translation><numerusform>لا جولات</numerusform><numerusform>جولة واحدة</numerusform><numerusform>جولتان</numerusform><numerusform>%n جولات</numerusform><numerusform>%n جولةً</numerusform><numerusform>%n جولة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="114" />
        <source>%n room(s)</source>
        <translation><numerusform>لا قاعات</numerusform><numerusform>قاعة واحدة</numerusform><numerusform>قاعتان</numerusform><numerusform>%n قاعات</numerusform><numerusform>%n قاعةً</numerusform><numerusform>%n قاعة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="115" />
        <source>%n theme(s)</source>
        <translation><numerusform>لا محاور</numerusform><numerusform>محور واحد</numerusform><numerusform>محوران</numerusform><numerusform>%n محاور</numerusform><numerusform>%n محورًا</numerusform><numerusform>%n محور</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="116" />
        <source>%n host(s) and note-taker(s)</source>
        <translation><numerusform>لا مضيفين ولا مدوّني ملاحظات</numerusform><numerusform>مضيف أو مدوّن ملاحظات واحد</numerusform><numerusform>اثنان من المضيفين ومدوّني الملاحظات</numerusform><numerusform>%n من المضيفين ومدوّني الملاحظات</numerusform><numerusform>%n من المضيفين ومدوّني الملاحظات</numerusform><numerusform>%n من المضيفين ومدوّني الملاحظات</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="117" />
        <source>%n participant(s)</source>
        <translation><numerusform>لا مشاركين</numerusform><numerusform>مشارك واحد</numerusform><numerusform>مشاركان</numerusform><numerusform>%n مشاركين</numerusform><numerusform>%n مشاركًا</numerusform><numerusform>%n مشارك</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="118" />
        <source>%n group(s)</source>
        <translation><numerusform>لا مجموعات</numerusform><numerusform>مجموعة واحدة</numerusform><numerusform>مجموعتان</numerusform><numerusform>%n مجموعات</numerusform><numerusform>%n مجموعةً</numerusform><numerusform>%n مجموعة</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/setup/setup_view.py" line="119" />
        <source>%n note(s)</source>
        <translation><numerusform>لا ملاحظات</numerusform><numerusform>ملاحظة واحدة</numerusform><numerusform>ملاحظتان</numerusform><numerusform>%n ملاحظات</numerusform><numerusform>%n ملاحظةً</numerusform><numerusform>%n ملاحظة</numerusform></translation>
    </message>
</context>
<context>
    <name>people_view</name>
    <message>
        <location filename="../../ui/setup/texts.py" line="38" />
        <source>State</source>
        <extracomment>how each stakeholder type reads (translated where shown)</extracomment>
        <translation>دولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="39" />
        <source>Civil society</source>
        <translation>المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="40" />
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="41" />
        <source>International organisation</source>
        <translation>منظمة دولية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="42" />
        <source>Academia</source>
        <translation>الأوساط الأكاديمية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/texts.py" line="43" />
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>rounds_view</name>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="46" />
        <source>▶ running</source>
        <translation>▶ جارية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="47" />
        <source>⏸ paused</source>
        <translation>⏸ متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="48" />
        <source>✓ finished</source>
        <translation>✓ انتهت</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="115" />
        <source>round {0}</source>
        <extracomment>the narrowest a round's column gets (wide enough for "Room XVI — Human rights"); more rounds scroll</extracomment>
        <translation>الجولة {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="121" />
        <source>Rule broken: {0}</source>
        <translation>قاعدة غير محترمة: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="123" />
        <source>{0} has no room in any round: press “Build rotation” to place every group.</source>
        <translation>ليس لـ{0} قاعة في أي جولة: اضغط «إنشاء التناوب» لوضع كل مجموعة.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/rounds_view.py" line="125" />
        <source>{0} have no room in any round: press “Build rotation” to place every group.</source>
        <translation>ليس لـ{0} قاعة في أي جولة: اضغط «إنشاء التناوب» لوضع كل مجموعة.</translation>
    </message>
</context>
<context>
    <name>setup_tabs</name>
    <message>
        <location filename="../../ui/setup/people_view.py" line="60" />
        <location filename="../../ui/setup/setup_tabs.py" line="294" />
        <location filename="../../ui/setup/setup_tabs.py" line="381" />
        <source>Name</source>
        <extracomment>StakeholderType values, in the order people choose among them</extracomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="61" />
        <location filename="../../ui/setup/setup_tabs.py" line="382" />
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="62" />
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="63" />
        <source>Stakeholder type</source>
        <translation>نوع الجهة المعنية</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="64" />
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <location filename="../../ui/setup/people_view.py" line="65" />
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="203" />
        <source>Plenary</source>
        <extracomment>AgendaKind values and how they read</extracomment>
        <translation>الجلسة العامة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="204" />
        <source>Framing</source>
        <translation>التأطير</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="205" />
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="206" />
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="207" />
        <source>Wrap-up</source>
        <translation>الختام</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="208" />
        <source>Presentation</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="217" />
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="218" />
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="219" />
        <source>Start</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="220" />
        <source>End</source>
        <translation>الانتهاء</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="221" />
        <location filename="../../ui/setup/setup_tabs.py" line="330" />
        <source>Room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="222" />
        <location filename="../../ui/setup/setup_tabs.py" line="329" />
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="295" />
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="296" />
        <location filename="../../ui/setup/setup_tabs.py" line="384" />
        <source>Theme</source>
        <translation>المحور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="331" />
        <source>Hosts</source>
        <translation>المضيفون</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="332" />
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="377" />
        <source>Host</source>
        <extracomment>HostRole values and how they read</extracomment>
        <translation>المضيف</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="378" />
        <source>Note-taker</source>
        <translation>مدوّن الملاحظات</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="383" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../ui/setup/setup_tabs.py" line="385" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
</context>
</TS>