"""The demo content of the platform in Polish, Ukrainian and English, for ``seed_demo``.

Every text is a :class:`cms.demo_text.Text` or :class:`~cms.demo_text.Html`: Polish, the
source, with its Ukrainian and English translations beside it.

The About page and the partners follow what the Forum says of itself: its "About us" page
(https://forumrazem.org.pl/about, https://www.forumrazem.org.pl/pl/about) and its rules of
cooperation (https://www.forumrazem.org.pl/pl/terms-of-service). The news items describe the
kind of work the Forum does; they are demo content, not reports of real events. Contact
details are placeholders.
"""

# Ukrainian is written in Cyrillic on purpose; its letters are not look-alikes of Latin ones.
# ruff: noqa: RUF001

from cms.demo_text import Html, Text, heading, paragraph

HOME = {
    # The three home pages sit side by side under the tree's root, so their slugs differ.
    "slug": Text("home-pl", "home-uk", "home-en"),
    "fields": {
        "title": Text("Strona główna", "Головна сторінка", "Home"),
        "search_description": Text(
            "Forum „Razem” łączy organizacje społeczne, które wspierają osoby uchodźcze "
            "z Ukrainy w Polsce.",
            "Форум «Razem» об’єднує громадські організації, які підтримують людей "
            "з досвідом вимушеної міграції з України в Польщі.",
            "Forum “Razem” brings together civil society organisations that support "
            "refugees from Ukraine in Poland.",
        ),
        "hero_title": Text(
            "Organizacje społeczne razem dla Polski i Ukrainy",
            "Громадські організації разом для Польщі та України",
            "Civil society organisations together for Poland and Ukraine",
        ),
        "hero_text": Text(
            "Łączymy organizacje pozarządowe i inicjatywy oddolne, które wspierają osoby "
            "z doświadczeniem uchodźczym i społeczności, które je przyjęły.",
            "Ми об’єднуємо неурядові організації та низові ініціативи, які підтримують людей "
            "з досвідом біженства та громади, що їх прийняли.",
            "We bring together non-governmental organisations and grassroots initiatives "
            "that support people with refugee experience and the communities that host them.",
        ),
        "intro": Html(
            "<p>Forum „Razem” powstało w marcu 2022 roku, by organizacje społeczne mogły "
            "odpowiadać na skutki wojny w Ukrainie wspólnie, a nie osobno. Na tej platformie "
            "znajdziesz katalog organizacji, bibliotekę wiedzy, tablicę potrzeb i ofert "
            "wsparcia, grupy robocze i kalendarz spotkań.</p>"
            "<p>Dołącz, jeśli Twoja organizacja lub inicjatywa działa na rzecz osób "
            "uchodźczych i migrantów w Polsce.</p>",
            "<p>Форум «Razem» створено в березні 2022 року, щоб громадські організації могли "
            "відповідати на наслідки війни в Україні спільно, а не поодинці. На цій платформі "
            "ви знайдете каталог організацій, бібліотеку знань, дошку потреб і пропозицій "
            "підтримки, робочі групи та календар зустрічей.</p>"
            "<p>Приєднуйтеся, якщо ваша організація чи ініціатива працює для біженців "
            "і мігрантів у Польщі.</p>",
            "<p>Forum “Razem” was set up in March 2022 so that civil society organisations "
            "could respond to the consequences of the war in Ukraine together rather than "
            "alone. On this platform you will find a directory of organisations, a knowledge "
            "library, a board of support needs and offers, working groups and a calendar of "
            "meetings.</p>"
            "<p>Join us if your organisation or initiative works for refugees and migrants "
            "in Poland.</p>",
        ),
    },
}

# The home page's featured content names pages by slug; seed_demo links the Polish pages.
HOME_FEATURED = {
    "heading": Text("Od czego zacząć", "З чого почати", "Where to start"),
    "pages": ["about", "organizations", "library", "support", "working-groups", "events"],
}
HOME_CALL_TO_ACTION = {
    "heading": Text(
        "Dołącz do katalogu organizacji",
        "Долучіться до каталогу організацій",
        "Join the directory of organisations",
    ),
    "text": Text(
        "Pokaż, czym zajmuje się Twoja organizacja i gdzie działa. Łatwiej znajdą Was "
        "partnerzy, a Forum lepiej zobaczy, gdzie brakuje pomocy.",
        "Покажіть, чим займається ваша організація і де вона працює. Партнерам буде "
        "легше вас знайти, а Форуму — побачити, де бракує допомоги.",
        "Show what your organisation does and where it works. Partners will find you more "
        "easily, and the Forum will see better where help is missing.",
    ),
    "page": "organizations",
    "button_label": Text("Zarejestruj organizację", "Зареєструвати організацію", "Register"),
}

ABOUT = {
    "slug": "about",
    "fields": {
        "title": Text("O Forum", "Про Форум", "About the Forum"),
        "search_description": Text(
            "Kim jesteśmy, kto współtworzy Forum „Razem”, jakie mamy cele i czym się zajmujemy.",
            "Хто ми, хто співтворить Форум «Razem», які наші цілі та чим ми займаємося.",
            "Who we are, who co-created Forum “Razem”, what we aim for and what we do.",
        ),
        "body": [
            paragraph(
                Html(
                    "<p>Forum „Razem” — organizacje społeczne dla Polski i Ukrainy — powstało "
                    "w marcu 2022 roku w odpowiedzi na wojnę w Ukrainie i przybycie do Polski "
                    "osób przed nią uciekających. Buduje porozumienie i współpracę lokalnych "
                    "i międzynarodowych organizacji non-profit oraz tworzy rozwiązania dla osób "
                    "z doświadczeniem uchodźczym i migracyjnym w Polsce i dla polskiego "
                    "społeczeństwa.</p>"
                    "<p>Zapraszamy wszystkie organizacje pozarządowe i inicjatywy oddolne, które "
                    "działają na rzecz osób uchodźczych.</p>",
                    "<p>Форум «Razem» — громадські організації для Польщі та України — виник "
                    "у березні 2022 року як відповідь на війну в Україні та прибуття до Польщі "
                    "людей, які від неї рятуються. Він будує порозуміння і співпрацю місцевих "
                    "та міжнародних неприбуткових організацій і створює рішення для людей "
                    "з досвідом біженства та міграції в Польщі, а також для польського "
                    "суспільства.</p>"
                    "<p>Запрошуємо всі неурядові організації та низові ініціативи, що працюють "
                    "для біженців.</p>",
                    "<p>Forum “Razem” — civil society organisations for Poland and Ukraine — was "
                    "set up in March 2022 in response to the war in Ukraine and the arrival in "
                    "Poland of people fleeing it. It builds understanding and cooperation among "
                    "local and international non-profit organisations and creates solutions for "
                    "people with refugee and migration experience in Poland and for Polish "
                    "society.</p>"
                    "<p>We welcome every non-governmental organisation and grassroots initiative "
                    "working for refugees.</p>",
                )
            ),
            heading(
                Text("Kto współtworzy Forum", "Хто співтворить Форум", "Who co-creates the Forum")
            ),
            paragraph(
                Html(
                    "<p>Forum współtworzą Polska Akcja Humanitarna i Fundacja Ashoka "
                    "Innowatorzy dla Dobra Publicznego; jego powstanie wsparła finansowo "
                    "organizacja CARE. Obie organizacje wspiera zespół doradczy, w którym "
                    "zasiadają przedstawicielki i przedstawiciele Fundacji im. Stefana Batorego, "
                    "Grupy Zagranica, Helsińskiej Fundacji Praw Człowieka, Klubu Inteligencji "
                    "Katolickiej i Fundacji Liderzy Przemian. Wsparcie techniczne zapewnia "
                    "Netguru.</p>",
                    "<p>Форум співтворять Польська гуманітарна акція та фонд Ashoka «Інноватори "
                    "для суспільного блага»; його створення фінансово підтримала організація "
                    "CARE. Обидві організації підтримує консультативна група, до якої входять "
                    "представниці та представники Фонду імені Стефана Баторія, Grupa Zagranica, "
                    "Гельсінського фонду з прав людини, Клубу католицької інтелігенції та фонду "
                    "«Лідери змін». Технічну підтримку надає Netguru.</p>",
                    "<p>The Forum is co-created by Polish Humanitarian Action and Ashoka: "
                    "Innovators for the Public; CARE supported its founding financially. Both "
                    "organisations are supported by an advisory team of representatives of the "
                    "Stefan Batory Foundation, Grupa Zagranica, the Helsinki Foundation for Human "
                    "Rights, the Club of Catholic Intelligentsia and the Leaders of Change "
                    "Foundation. Netguru provides technical support.</p>",
                )
            ),
            heading(Text("Wizja i cele", "Бачення та цілі", "Vision and goals")),
            paragraph(
                Html(
                    "<p><b>Wizja:</b> polskie społeczeństwo odpowiada na wyzwania wojny "
                    "w Ukrainie i migracji do Polski w sposób inkluzywny i sprawiedliwy, który "
                    "daje podstawy dalszego rozwoju obu krajów i regionu.</p>"
                    "<p><b>Cel długoterminowy:</b> polskie organizacje społeczne, w partnerstwie "
                    "z innymi podmiotami, wprowadzają systemowe zmiany dla dobra wspólnego, "
                    "korzystając z potencjału migrantek i migrantów oraz wspierając ich "
                    "i społeczności, które ich przyjmują.</p>"
                    "<ul><li>Chcemy, by polskie organizacje miały wspólną reprezentację "
                    "i wsparcie we współpracy z organizacjami międzynarodowymi.</li>"
                    "<li>Dzielimy się wiedzą i narzędziami.</li>"
                    "<li>Tworzymy partnerstwa dla trwałych rozwiązań, które w dłuższej "
                    "perspektywie nie będą zależne od międzynarodowego zainteresowania "
                    "i finansowania.</li>"
                    "<li>Budujemy kapitał społeczny wspólnym wysiłkiem społeczeństwa "
                    "obywatelskiego i osób z doświadczeniem migracji.</li></ul>",
                    "<p><b>Бачення:</b> польське суспільство відповідає на виклики війни "
                    "в Україні та міграції до Польщі інклюзивно і справедливо, закладаючи основу "
                    "для подальшого розвитку обох країн і регіону.</p>"
                    "<p><b>Довгострокова мета:</b> польські громадські організації в партнерстві "
                    "з іншими суб’єктами запроваджують системні зміни для загального блага, "
                    "спираючись на потенціал мігранток і мігрантів та підтримуючи їх і громади, "
                    "що їх приймають.</p>"
                    "<ul><li>Ми прагнемо, щоб польські організації мали спільне представництво "
                    "та підтримку у співпраці з міжнародними організаціями.</li>"
                    "<li>Ми ділимося знаннями та інструментами.</li>"
                    "<li>Ми створюємо партнерства для сталих рішень, які в довшій перспективі "
                    "не залежатимуть від міжнародної уваги та фінансування.</li>"
                    "<li>Ми будуємо соціальний капітал спільними зусиллями громадянського "
                    "суспільства та людей з досвідом міграції.</li></ul>",
                    "<p><b>Vision:</b> Polish society meets the challenges of the war in Ukraine "
                    "and of migration to Poland in an inclusive and fair way that lays the "
                    "foundations for the further development of both countries and the "
                    "region.</p>"
                    "<p><b>Long-term goal:</b> Polish civil society organisations, in partnership "
                    "with others, bring about systemic change for the common good, drawing on "
                    "the potential of migrants and supporting them and the communities that "
                    "host them.</p>"
                    "<ul><li>We want Polish organisations to have a joint representation and "
                    "support in their cooperation with international organisations.</li>"
                    "<li>We share knowledge and tools.</li>"
                    "<li>We build partnerships for lasting solutions that in the long run will "
                    "not depend on international attention and funding.</li>"
                    "<li>We build social capital through the joint effort of civil society and "
                    "people with migration experience.</li></ul>",
                )
            ),
            heading(Text("Co robimy", "Що ми робимо", "What we do")),
            paragraph(
                Html(
                    "<ul><li><b>Łączymy:</b> prowadzimy katalog organizacji i ich działań, "
                    "mapujemy, kto i gdzie pomaga, oraz wskazujemy synergie, dublujące się "
                    "działania i luki w pomocy.</li>"
                    "<li><b>Koordynujemy:</b> organizujemy spotkania członków i tematyczne grupy "
                    "robocze prowadzone we współpracy z UNHCR oraz współpracujemy z agendami ONZ "
                    "i administracją publiczną, by działania się nie powielały.</li>"
                    "<li><b>Kojarzymy potrzeby z ofertami:</b> organizacje, które potrzebują "
                    "wsparcia — finansowego, kompetencyjnego, w zarządzaniu, wiedzy lub gotowych "
                    "rozwiązań — poznają te, które mogą je zaoferować.</li>"
                    "<li><b>Dzielimy się wiedzą:</b> w bibliotece wiedzy gromadzimy poradniki, "
                    "raporty i dobre praktyki.</li>"
                    "<li><b>Informujemy:</b> wysyłamy członkom newsletter o działaniach, planach "
                    "i wyzwaniach organizacji oraz o zmianach, które wpływają na sytuację osób "
                    "potrzebujących pomocy.</li></ul>",
                    "<ul><li><b>Об’єднуємо:</b> ведемо каталог організацій та їхньої діяльності, "
                    "картографуємо, хто і де допомагає, і показуємо синергії, дублювання "
                    "та прогалини в допомозі.</li>"
                    "<li><b>Координуємо:</b> організовуємо зустрічі членів і тематичні робочі "
                    "групи, які ведемо у співпраці з УВКБ ООН, та співпрацюємо з агенціями ООН "
                    "і державними органами, щоб дії не дублювалися.</li>"
                    "<li><b>Поєднуємо потреби з пропозиціями:</b> організації, яким потрібна "
                    "підтримка — фінансова, у компетенціях, в управлінні, знаннях чи готових "
                    "рішеннях, — знайомляться з тими, хто може її запропонувати.</li>"
                    "<li><b>Ділимося знаннями:</b> у бібліотеці знань збираємо посібники, звіти "
                    "та добрі практики.</li>"
                    "<li><b>Інформуємо:</b> надсилаємо членам розсилку про діяльність, плани "
                    "та виклики організацій, а також про зміни, що впливають на становище "
                    "людей, які потребують допомоги.</li></ul>",
                    "<ul><li><b>We connect:</b> we keep a directory of organisations and what "
                    "they do, map who helps where, and point out synergies, overlapping "
                    "activities and gaps in aid.</li>"
                    "<li><b>We coordinate:</b> we hold member meetings and thematic working "
                    "groups led together with UNHCR, and work with UN agencies and public "
                    "authorities so that efforts are not duplicated.</li>"
                    "<li><b>We match needs with offers:</b> organisations that need support — "
                    "funding, skills, management, knowledge or ready-made solutions — meet "
                    "those that can offer it.</li>"
                    "<li><b>We share knowledge:</b> our knowledge library collects guides, "
                    "reports and good practices.</li>"
                    "<li><b>We inform:</b> we send members a newsletter on the work, plans and "
                    "challenges of organisations and on changes that affect people in "
                    "need.</li></ul>",
                )
            ),
            (
                "quote",
                {
                    "text": Text(
                        "Odpowiedź na ogromną potrzebę humanitarną leży poza możliwościami "
                        "jednej organizacji albo samego rządu. Dlatego my – organizacje "
                        "społeczne – tworzymy sieć, dzięki której możemy się mądrze wspierać.",
                        "Відповідь на величезну гуманітарну потребу виходить за межі "
                        "можливостей однієї організації чи самого уряду. Тому ми – громадські "
                        "організації – створюємо мережу, завдяки якій можемо розумно "
                        "підтримувати одне одного.",
                        "Responding to an enormous humanitarian need is beyond what a single "
                        "organisation, or the government alone, can do. That is why we – civil "
                        "society organisations – are building a network through which we can "
                        "support each other wisely.",
                    ),
                    "attribution": Text(
                        "Joanna Kucharczyk-Jurgielewicz, koordynatorka NGO Forum, "
                        "w rozmowie z Krytyką Polityczną",
                        "Йоанна Кухарчик-Юргелевич, координаторка NGO Forum, в інтерв’ю "
                        "для Krytyka Polityczna",
                        "Joanna Kucharczyk-Jurgielewicz, NGO Forum coordinator, interviewed "
                        "by Krytyka Polityczna",
                    ),
                },
            ),
            (
                "faq",
                {
                    "heading": Text("Najczęstsze pytania", "Часті запитання", "Questions"),
                    "items": [
                        {
                            "question": Text(
                                "Kto może dołączyć do Forum?",
                                "Хто може приєднатися до Форуму?",
                                "Who can join the Forum?",
                            ),
                            "answer": Html(
                                "<p>Lokalne i międzynarodowe organizacje pozarządowe, inicjatywy "
                                "oddolne i inne organizacje społeczeństwa obywatelskiego, które "
                                "działają w Polsce w obszarze migracji i integracji — zarówno "
                                "te, które planują działać krótko, jak i długo.</p>",
                                "<p>Місцеві та міжнародні неурядові організації, низові "
                                "ініціативи та інші організації громадянського суспільства, "
                                "що працюють у Польщі у сфері міграції та інтеграції, — як ті, "
                                "що планують діяти недовго, так і ті, що працюватимуть "
                                "довгостроково.</p>",
                                "<p>Local and international non-governmental organisations, "
                                "grassroots initiatives and other civil society organisations "
                                "working in Poland on migration and integration — whether they "
                                "plan to stay engaged for a short or a long time.</p>",
                            ),
                        },
                        {
                            "question": Text(
                                "Jak zarejestrować organizację?",
                                "Як зареєструвати організацію?",
                                "How do I register an organisation?",
                            ),
                            "answer": Html(
                                "<p>Wypełnij formularz w dziale „Organizacje”. Zgłoszenie "
                                "sprawdza zespół moderatorów; po zatwierdzeniu profil "
                                "organizacji pojawi się w katalogu.</p>",
                                "<p>Заповніть форму в розділі «Організації». Заявку перевіряє "
                                "команда модераторів; після схвалення профіль організації "
                                "з’явиться в каталозі.</p>",
                                "<p>Fill in the form in the Organisations section. A team of "
                                "moderators checks each registration; once approved, the "
                                "organisation's profile appears in the directory.</p>",
                            ),
                        },
                        {
                            "question": Text(
                                "Czym zajmują się grupy robocze?",
                                "Чим займаються робочі групи?",
                                "What do the working groups do?",
                            ),
                            "answer": Html(
                                "<p>Grupy robocze skupiają organizacje działające w jednym "
                                "obszarze, np. edukacji, mieszkalnictwa czy zdrowia. Wymieniają "
                                "się doświadczeniami, przygotowują rekomendacje i wspólne "
                                "materiały.</p>",
                                "<p>Робочі групи об’єднують організації, що працюють в одній "
                                "сфері, наприклад в освіті, житлі чи охороні здоров’я. Вони "
                                "обмінюються досвідом, готують рекомендації та спільні "
                                "матеріали.</p>",
                                "<p>Working groups bring together organisations active in one "
                                "field, such as education, housing or health. They share "
                                "experience and prepare recommendations and joint "
                                "materials.</p>",
                            ),
                        },
                        {
                            "question": Text(
                                "Gdzie znajdę poradniki i dobre praktyki?",
                                "Де знайти посібники та добрі практики?",
                                "Where can I find guides and good practices?",
                            ),
                            "answer": Html(
                                "<p>W bibliotece wiedzy. Część materiałów jest dostępna dla "
                                "wszystkich, część tylko dla członków Forum po zalogowaniu.</p>",
                                "<p>У бібліотеці знань. Частина матеріалів доступна всім, "
                                "частина — лише членам Форуму після входу в систему.</p>",
                                "<p>In the knowledge library. Some materials are open to "
                                "everyone, others only to Forum members once they log in.</p>",
                            ),
                        },
                    ],
                },
            ),
            heading(Text("Partnerzy", "Партнери", "Partners")),
            ("partners", None),
        ],
    },
}

NEWS_INDEX = {
    "slug": "news",
    "fields": {
        "title": Text("Aktualności", "Новини", "News"),
        "search_description": Text(
            "Co nowego w Forum, w grupach roboczych i w bibliotece wiedzy.",
            "Що нового у Форумі, робочих групах і бібліотеці знань.",
            "What is new in the Forum, its working groups and the knowledge library.",
        ),
        "intro": Text(
            "Co nowego w Forum, w grupach roboczych i w bibliotece wiedzy.",
            "Що нового у Форумі, робочих групах і бібліотеці знань.",
            "What is new in the Forum, its working groups and the knowledge library.",
        ),
    },
}

# The sections that later issues turn into their own page types (DESIGN.md, public URLs).
SECTIONS = [
    {
        "slug": "organizations",
        "fields": {
            "title": Text("Organizacje", "Організації", "Organisations"),
            "search_description": Text(
                "Katalog organizacji: kto, gdzie i w jakich obszarach pomaga.",
                "Каталог організацій: хто, де і в яких сферах допомагає.",
                "A directory of organisations: who helps, where, and in which fields.",
            ),
            "body": [
                paragraph(
                    Html(
                        "<p>Katalog pokazuje, kto, gdzie i w jakich obszarach wspiera osoby "
                        "z doświadczeniem uchodźczym. Pomaga organizacjom znaleźć partnerów, "
                        "a osobom potrzebującym — pomoc blisko miejsca zamieszkania.</p>",
                        "<p>Каталог показує, хто, де і в яких сферах підтримує людей з досвідом "
                        "біженства. Він допомагає організаціям знаходити партнерів, а людям, "
                        "які потребують допомоги, — отримати її поблизу від дому.</p>",
                        "<p>The directory shows who supports people with refugee experience, "
                        "where and in which fields. It helps organisations find partners, and "
                        "people in need find help close to where they live.</p>",
                    )
                ),
                heading(Text("Mapa pokrycia", "Карта охоплення", "Coverage map")),
                paragraph(
                    Html(
                        "<p>Zestawienie tematów i województw pokazuje, gdzie działa wiele "
                        "organizacji, a gdzie pomocy brakuje. To punkt wyjścia do rozmów "
                        "o lukach w pomocy.</p>",
                        "<p>Зведення тем і воєводств показує, де працює багато організацій, "
                        "а де допомоги бракує. Це відправна точка для розмови про прогалини "
                        "в допомозі.</p>",
                        "<p>A table of themes by voivodeship shows where many organisations "
                        "work and where help is missing. It is the starting point for talking "
                        "about gaps in aid.</p>",
                    )
                ),
                heading(Text("Dołącz do katalogu", "Долучіться до каталогу", "Join the directory")),
                paragraph(
                    Html(
                        "<p>Twoja organizacja może zarejestrować się sama. Zgłoszenie sprawdza "
                        "zespół moderatorów, zanim profil stanie się widoczny.</p>",
                        "<p>Ваша організація може зареєструватися самостійно. Заявку перевіряє "
                        "команда модераторів, перш ніж профіль стане видимим.</p>",
                        "<p>Your organisation can register itself. A team of moderators checks "
                        "each registration before the profile becomes visible.</p>",
                    )
                ),
            ],
        },
    },
    {
        "slug": "library",
        "fields": {
            "title": Text("Biblioteka wiedzy", "Бібліотека знань", "Knowledge library"),
            "search_description": Text(
                "Poradniki, raporty i dobre praktyki organizacji, które pomagają osobom "
                "uchodźczym.",
                "Посібники, звіти та добрі практики організацій, що допомагають біженцям.",
                "Guides, reports and good practices from organisations that help refugees.",
            ),
            "body": [
                paragraph(
                    Html(
                        "<p>Biblioteka gromadzi wiedzę, której organizacje potrzebują "
                        "w codziennej pracy: poradniki, raporty, wzory dokumentów, nagrania "
                        "szkoleń i opisy dobrych praktyk — po polsku, ukraińsku i angielsku.</p>",
                        "<p>Бібліотека збирає знання, потрібні організаціям у щоденній роботі: "
                        "посібники, звіти, зразки документів, записи навчань і описи добрих "
                        "практик — польською, українською та англійською.</p>",
                        "<p>The library collects the knowledge organisations need in their "
                        "daily work: guides, reports, document templates, training recordings "
                        "and descriptions of good practice — in Polish, Ukrainian and "
                        "English.</p>",
                    )
                ),
                heading(
                    Text(
                        "Jak korzystać z biblioteki",
                        "Як користуватися бібліотекою",
                        "How to use the library",
                    )
                ),
                paragraph(
                    Html(
                        "<ul><li>Filtruj materiały według tematu, rodzaju, języka i roku.</li>"
                        "<li>Część materiałów jest dostępna tylko dla członków Forum po "
                        "zalogowaniu.</li>"
                        "<li>Członkowie mogą przesłać własny materiał; przed publikacją sprawdza "
                        "go zespół biblioteki.</li></ul>",
                        "<ul><li>Фільтруйте матеріали за темою, типом, мовою та роком.</li>"
                        "<li>Частина матеріалів доступна лише членам Форуму після входу.</li>"
                        "<li>Члени можуть надіслати власний матеріал; перед публікацією його "
                        "перевіряє команда бібліотеки.</li></ul>",
                        "<ul><li>Filter materials by theme, type, language and year.</li>"
                        "<li>Some materials are open only to Forum members once they log "
                        "in.</li>"
                        "<li>Members can submit their own material; the library team reviews "
                        "it before it is published.</li></ul>",
                    )
                ),
            ],
        },
    },
    {
        "slug": "support",
        "fields": {
            "title": Text(
                "Wsparcie dla organizacji", "Підтримка для організацій", "Support for organisations"
            ),
            "search_description": Text(
                "Tablica potrzeb i ofert: finanse, kompetencje, zarządzanie, wiedza i rozwiązania.",
                "Дошка потреб і пропозицій: фінанси, компетенції, управління, знання та рішення.",
                "A board of needs and offers: funding, skills, management, knowledge and "
                "solutions.",
            ),
            "body": [
                paragraph(
                    Html(
                        "<p>Tablica potrzeb i ofert łączy organizacje, które potrzebują "
                        "wsparcia, z tymi, które mogą go udzielić — w finansowaniu, "
                        "kompetencjach, zarządzaniu, wiedzy i sprawdzonych rozwiązaniach.</p>",
                        "<p>Дошка потреб і пропозицій поєднує організації, яким потрібна "
                        "підтримка, з тими, хто може її надати, — у фінансуванні, компетенціях, "
                        "управлінні, знаннях і перевірених рішеннях.</p>",
                        "<p>The board of needs and offers connects organisations that need "
                        "support with those that can give it — in funding, skills, management, "
                        "knowledge and proven solutions.</p>",
                    )
                ),
                heading(Text("Jak to działa", "Як це працює", "How it works")),
                paragraph(
                    Html(
                        "<ol><li>Organizacja opisuje swoją potrzebę albo ofertę.</li>"
                        "<li>Platforma podpowiada pasujące ogłoszenia według tematu "
                        "i regionu.</li>"
                        "<li>Organizacje kontaktują się bezpośrednio, a zespół Forum pomaga, "
                        "gdy dopasowanie jest trudne.</li></ol>",
                        "<ol><li>Організація описує свою потребу або пропозицію.</li>"
                        "<li>Платформа підказує відповідні оголошення за темою та регіоном.</li>"
                        "<li>Організації зв’язуються напряму, а команда Форуму допомагає, коли "
                        "знайти відповідність складно.</li></ol>",
                        "<ol><li>An organisation describes its need or its offer.</li>"
                        "<li>The platform suggests matching posts by theme and region.</li>"
                        "<li>Organisations get in touch directly, and the Forum team helps when "
                        "a match is hard to find.</li></ol>",
                    )
                ),
            ],
        },
    },
    {
        "slug": "working-groups",
        "fields": {
            "title": Text("Grupy robocze", "Робочі групи", "Working groups"),
            "search_description": Text(
                "Tematyczne grupy robocze Forum, prowadzone we współpracy z UNHCR.",
                "Тематичні робочі групи Форуму, які ми ведемо у співпраці з УВКБ ООН.",
                "The Forum's thematic working groups, led together with UNHCR.",
            ),
            "body": [
                paragraph(
                    Html(
                        "<p>Grupy robocze skupiają organizacje, które działają w tym samym "
                        "obszarze: edukacji, mieszkalnictwa, zdrowia, pracy, pomocy prawnej "
                        "czy wsparcia psychospołecznego.</p>",
                        "<p>Робочі групи об’єднують організації, що працюють в одній сфері: "
                        "освіті, житлі, охороні здоров’я, працевлаштуванні, правовій допомозі "
                        "чи психосоціальній підтримці.</p>",
                        "<p>Working groups bring together organisations active in the same "
                        "field: education, housing, health, employment, legal aid or "
                        "psychosocial support.</p>",
                    )
                ),
                heading(Text("Co robią grupy", "Що роблять групи", "What the groups do")),
                paragraph(
                    Html(
                        "<ul><li>Spotykają się regularnie i wymieniają doświadczeniami.</li>"
                        "<li>Wskazują luki w pomocy i przygotowują rekomendacje.</li>"
                        "<li>Tworzą wspólne materiały, które trafiają do biblioteki "
                        "wiedzy.</li></ul>",
                        "<ul><li>Регулярно зустрічаються та обмінюються досвідом.</li>"
                        "<li>Виявляють прогалини в допомозі та готують рекомендації.</li>"
                        "<li>Створюють спільні матеріали, які потрапляють до бібліотеки "
                        "знань.</li></ul>",
                        "<ul><li>They meet regularly and share experience.</li>"
                        "<li>They point out gaps in aid and prepare recommendations.</li>"
                        "<li>They produce joint materials that go into the knowledge "
                        "library.</li></ul>",
                    )
                ),
            ],
        },
    },
    {
        "slug": "events",
        "fields": {
            "title": Text("Wydarzenia", "Події", "Events"),
            "search_description": Text(
                "Kalendarz spotkań członków, grup roboczych, szkoleń i webinariów.",
                "Календар зустрічей членів, робочих груп, навчань і вебінарів.",
                "A calendar of member meetings, working groups, trainings and webinars.",
            ),
            "body": [
                paragraph(
                    Html(
                        "<p>W kalendarzu znajdziesz spotkania członków Forum, posiedzenia grup "
                        "roboczych, szkolenia i webinaria. Na wydarzenia dla członków "
                        "zapisujesz się po zalogowaniu.</p>",
                        "<p>У календарі ви знайдете зустрічі членів Форуму, засідання робочих "
                        "груп, навчання та вебінари. На заходи для членів можна записатися "
                        "після входу.</p>",
                        "<p>The calendar lists Forum member meetings, working group sessions, "
                        "trainings and webinars. You sign up for members' events once you "
                        "have logged in.</p>",
                    )
                ),
                heading(
                    Text(
                        "Kalendarz w Twoim telefonie",
                        "Календар у вашому телефоні",
                        "The calendar on your phone",
                    )
                ),
                paragraph(
                    Html(
                        "<p>Kalendarz wydarzeń możesz zasubskrybować w swojej aplikacji "
                        "kalendarza (format iCalendar) — nowe terminy pojawią się u Ciebie "
                        "same.</p>",
                        "<p>Календар подій можна підписати у вашому застосунку календаря "
                        "(формат iCalendar) — нові дати з’являтимуться автоматично.</p>",
                        "<p>You can subscribe to the events calendar in your calendar app "
                        "(iCalendar format) — new dates will appear there by themselves.</p>",
                    )
                ),
            ],
        },
    },
]


def news_body(opening, subheading, closing):
    """The body most news items share: an opening, a subheading and what follows it."""
    return [paragraph(opening), heading(subheading), paragraph(closing)]


# Demo news, dated ``days_ago`` before the day of seeding so that the site always looks current.
NEWS = [
    {
        "slug": "zebranie-czlonkow-priorytety",
        "days_ago": 6,
        "themes": ["advocacy", "humanitarian-aid"],
        "fields": {
            "title": Text(
                "Zebranie członków Forum: priorytety na najbliższe miesiące",
                "Збори членів Форуму: пріоритети на найближчі місяці",
                "Forum members' meeting: priorities for the coming months",
            ),
            "lead": Text(
                "Organizacje członkowskie omówiły, gdzie pomoc jest dziś najbardziej "
                "potrzebna i jak Forum ma je w tym wspierać.",
                "Організації-члени обговорили, де допомога сьогодні найпотрібніша і як "
                "Форум має їх у цьому підтримувати.",
                "Member organisations discussed where help is most needed today and how the "
                "Forum should support them in providing it.",
            ),
            "body": news_body(
                Html(
                    "<p>Na zebraniu rozmawialiśmy o tym, jak zmieniły się potrzeby osób "
                    "z doświadczeniem uchodźczym: od pomocy doraźnej do mieszkań, pracy, "
                    "edukacji i zdrowia. Organizacje opowiedziały, czego brakuje im najbardziej — "
                    "stabilnego finansowania, ludzi i wiedzy.</p>"
                    "<p>Wspólnie wybraliśmy trzy priorytety: dostęp do mieszkań, wsparcie "
                    "psychospołeczne i rzecznictwo na rzecz stabilnego finansowania organizacji "
                    "lokalnych.</p>",
                    "<p>На зборах ми говорили про те, як змінилися потреби людей з досвідом "
                    "біженства: від невідкладної допомоги до житла, роботи, освіти та здоров’я. "
                    "Організації розповіли, чого їм бракує найбільше, — стабільного "
                    "фінансування, людей і знань.</p>"
                    "<p>Разом ми обрали три пріоритети: доступ до житла, психосоціальну "
                    "підтримку та адвокацію стабільного фінансування місцевих організацій.</p>",
                    "<p>At the meeting we talked about how the needs of people with refugee "
                    "experience have changed: from emergency relief to housing, work, education "
                    "and health. Organisations described what they lack most — stable funding, "
                    "people and knowledge.</p>"
                    "<p>Together we chose three priorities: access to housing, psychosocial "
                    "support, and advocacy for stable funding of local organisations.</p>",
                ),
                Text("Co dalej", "Що далі", "What happens next"),
                Html(
                    "<p>Grupy robocze przygotują na kolejne zebranie propozycje działań, "
                    "a notatka ze spotkania trafi do biblioteki wiedzy dla członków.</p>",
                    "<p>Робочі групи підготують до наступних зборів пропозиції дій, а нотатки "
                    "із зустрічі з’являться в бібліотеці знань для членів.</p>",
                    "<p>The working groups will bring proposals for action to the next meeting, "
                    "and the notes of this one will go into the members' knowledge library.</p>",
                ),
            ),
        },
    },
    {
        "slug": "przewodnik-najem-mieszkan",
        "days_ago": 14,
        "themes": ["housing", "legal-aid"],
        "fields": {
            "title": Text(
                "Nowy przewodnik: jak pomagać w wynajmie mieszkania",
                "Новий посібник: як допомагати з орендою житла",
                "New guide: helping people rent a flat",
            ),
            "lead": Text(
                "W bibliotece wiedzy udostępniliśmy poradnik dla organizacji, które pomagają "
                "rodzinom z Ukrainy wynająć mieszkanie.",
                "У бібліотеці знань ми опублікували посібник для організацій, які допомагають "
                "родинам з України орендувати житло.",
                "The knowledge library now has a guide for organisations that help families "
                "from Ukraine rent a flat.",
            ),
            "body": news_body(
                Html(
                    "<p>Poradnik omawia krok po kroku rozmowę z wynajmującym, umowę najmu, kaucję "
                    "i protokół zdawczo-odbiorczy. Zawiera wzory pism i listę pytań, które warto "
                    "zadać przed podpisaniem umowy.</p>",
                    "<p>Посібник крок за кроком розглядає розмову з орендодавцем, договір "
                    "оренди, заставу та акт приймання-передачі. Він містить зразки листів "
                    "і перелік запитань, які варто поставити перед підписанням договору.</p>",
                    "<p>The guide goes step by step through talking to the landlord, the "
                    "tenancy agreement, the deposit and the handover report. It includes "
                    "template letters and a list of questions worth asking before signing.</p>",
                ),
                Text("Dla kogo", "Для кого", "Who it is for"),
                Html(
                    "<p>Dla koordynatorek i koordynatorów programów mieszkaniowych, "
                    "wolontariuszy oraz samorządów, które współpracują z organizacjami.</p>",
                    "<p>Для координаторок і координаторів житлових програм, волонтерів, а також "
                    "органів місцевого самоврядування, які співпрацюють з організаціями.</p>",
                    "<p>For coordinators of housing programmes, volunteers, and local "
                    "governments that work with organisations.</p>",
                ),
            ),
        },
    },
    {
        "slug": "grupa-robocza-edukacja",
        "days_ago": 23,
        "themes": ["education", "children-and-youth"],
        "fields": {
            "title": Text(
                "Grupa robocza ds. edukacji o uczniach z Ukrainy w polskich szkołach",
                "Робоча група з питань освіти про учнів з України в польських школах",
                "Education working group on pupils from Ukraine in Polish schools",
            ),
            "lead": Text(
                "Grupa zebrała doświadczenia organizacji, które wspierają dzieci i nauczycieli "
                "w klasach wielojęzycznych.",
                "Група зібрала досвід організацій, які підтримують дітей і вчителів "
                "у багатомовних класах.",
                "The group gathered the experience of organisations that support children and "
                "teachers in multilingual classrooms.",
            ),
            "body": news_body(
                Html(
                    "<p>Rozmawialiśmy o asystentach międzykulturowych, zajęciach wyrównawczych "
                    "i nauce języka polskiego. Organizacje wskazały, że największym wyzwaniem "
                    "pozostaje regularna frekwencja i współpraca z rodzicami.</p>",
                    "<p>Ми говорили про міжкультурних асистентів, додаткові заняття та вивчення "
                    "польської мови. Організації зазначили, що найбільшим викликом залишаються "
                    "регулярне відвідування та співпраця з батьками.</p>",
                    "<p>We discussed intercultural assistants, catch-up classes and learning "
                    "Polish. Organisations said that regular attendance and cooperation with "
                    "parents remain the greatest challenges.</p>",
                ),
                Text("Rekomendacje", "Рекомендації", "Recommendations"),
                Html(
                    "<ul><li>więcej godzin nauki polskiego jako drugiego języka,</li>"
                    "<li>stałe finansowanie asystentów międzykulturowych,</li>"
                    "<li>materiały dla rodziców w języku ukraińskim.</li></ul>",
                    "<ul><li>більше годин вивчення польської як другої мови,</li>"
                    "<li>стале фінансування міжкультурних асистентів,</li>"
                    "<li>матеріали для батьків українською мовою.</li></ul>",
                    "<ul><li>more hours of Polish as a second language,</li>"
                    "<li>steady funding for intercultural assistants,</li>"
                    "<li>materials for parents in Ukrainian.</li></ul>",
                ),
            ),
        },
    },
    {
        "slug": "dyzury-mentorskie",
        "days_ago": 31,
        "themes": ["humanitarian-aid"],
        "fields": {
            "title": Text(
                "Ruszają dyżury mentorskie dla małych organizacji",
                "Стартують менторські консультації для малих організацій",
                "Mentoring hours for small organisations begin",
            ),
            "lead": Text(
                "Organizacje z doświadczeniem w zarządzaniu, księgowości i pozyskiwaniu funduszy "
                "oferują bezpłatne konsultacje inicjatywom oddolnym.",
                "Організації з досвідом в управлінні, бухгалтерії та залученні коштів "
                "пропонують безкоштовні консультації низовим ініціативам.",
                "Organisations experienced in management, accounting and fundraising offer "
                "free advice to grassroots initiatives.",
            ),
            "body": news_body(
                Html(
                    "<p>Dyżury to odpowiedź na potrzeby zgłaszane na tablicy potrzeb i ofert. "
                    "Wiele inicjatyw, które powstały w 2022 roku, prowadzi dziś stałe programy, "
                    "ale nie ma jeszcze zaplecza administracyjnego.</p>",
                    "<p>Консультації — відповідь на потреби, заявлені на дошці потреб "
                    "і пропозицій. Багато ініціатив, що виникли у 2022 році, сьогодні ведуть "
                    "постійні програми, але ще не мають адміністративного забезпечення.</p>",
                    "<p>The mentoring hours answer needs posted on the board of needs and "
                    "offers. Many initiatives founded in 2022 now run permanent programmes but "
                    "do not yet have the administration to back them.</p>",
                ),
                Text("Jak się zgłosić", "Як подати заявку", "How to apply"),
                Html(
                    "<p>Opisz swoją potrzebę na tablicy wsparcia. Zespół Forum połączy Cię "
                    "z organizacją, która oferuje pomoc w danej dziedzinie.</p>",
                    "<p>Опишіть свою потребу на дошці підтримки. Команда Форуму з’єднає вас "
                    "з організацією, яка пропонує допомогу в цій сфері.</p>",
                    "<p>Describe your need on the support board. The Forum team will put you "
                    "in touch with an organisation that offers help in that field.</p>",
                ),
            ),
        },
    },
    {
        "slug": "luki-we-wsparciu-psychologicznym",
        "days_ago": 45,
        "themes": ["psychosocial-support", "health"],
        "fields": {
            "title": Text(
                "Mapa pomocy pokazuje luki we wsparciu psychologicznym",
                "Карта допомоги показує прогалини в психологічній підтримці",
                "The aid map shows gaps in psychological support",
            ),
            "lead": Text(
                "Zestawienie tematów i województw z katalogu organizacji wskazuje regiony, "
                "w których brakuje pomocy psychologicznej w języku ukraińskim.",
                "Зведення тем і воєводств з каталогу організацій вказує регіони, де бракує "
                "психологічної допомоги українською мовою.",
                "A table of themes by voivodeship from the directory points to regions where "
                "psychological help in Ukrainian is missing.",
            ),
            "body": news_body(
                Html(
                    "<p>Dane z katalogu organizacji pokazują, że wsparcie psychologiczne skupia "
                    "się w dużych miastach. W mniejszych miejscowościach osoby z Ukrainy często "
                    "czekają na pomoc tygodniami.</p>",
                    "<p>Дані з каталогу організацій показують, що психологічна підтримка "
                    "зосереджена у великих містах. У менших населених пунктах люди з України "
                    "часто чекають на допомогу тижнями.</p>",
                    "<p>Data from the directory show that psychological support is concentrated "
                    "in the big cities. In smaller towns people from Ukraine often wait weeks "
                    "for help.</p>",
                ),
                Text("Co możesz zrobić", "Що ви можете зробити", "What you can do"),
                Html(
                    "<p>Jeśli Twoja organizacja prowadzi konsultacje online, zaznacz to w swoim "
                    "profilu. Pomoże to kierować do Was osoby z regionów, w których brakuje "
                    "specjalistów.</p>",
                    "<p>Якщо ваша організація проводить онлайн-консультації, позначте це у своєму "
                    "профілі. Це допоможе скеровувати до вас людей з регіонів, де бракує "
                    "фахівців.</p>",
                    "<p>If your organisation offers online consultations, say so in your "
                    "profile. It helps refer people to you from regions that lack "
                    "specialists.</p>",
                ),
            ),
        },
    },
    {
        "slug": "warsztaty-wnioski-grantowe",
        "days_ago": 58,
        "themes": ["humanitarian-aid", "advocacy"],
        "fields": {
            "title": Text(
                "Warsztaty: jak przygotować dobry wniosek grantowy",
                "Воркшоп: як підготувати хорошу грантову заявку",
                "Workshop: how to write a good grant application",
            ),
            "lead": Text(
                "Praktyczne warsztaty online dla organizacji, które po raz pierwszy ubiegają się "
                "o granty międzynarodowe.",
                "Практичний онлайн-воркшоп для організацій, які вперше подаються на міжнародні "
                "гранти.",
                "A practical online workshop for organisations applying for international "
                "grants for the first time.",
            ),
            "body": news_body(
                Html(
                    "<p>Podczas dwóch spotkań omówiliśmy logikę projektu, budżet, wskaźniki "
                    "i raportowanie. Uczestniczki i uczestnicy pracowali na własnych pomysłach "
                    "projektów.</p>",
                    "<p>Під час двох зустрічей ми розглянули логіку проєкту, бюджет, показники "
                    "та звітування. Учасниці й учасники працювали над власними проєктними "
                    "ідеями.</p>",
                    "<p>Over two sessions we covered project logic, budgets, indicators and "
                    "reporting. Participants worked on their own project ideas.</p>",
                ),
                Text("Materiały", "Матеріали", "Materials"),
                Html(
                    "<p>Prezentacje i szablon budżetu są dostępne dla członków w bibliotece "
                    "wiedzy.</p>",
                    "<p>Презентації та шаблон бюджету доступні членам у бібліотеці знань.</p>",
                    "<p>The slides and the budget template are available to members in the "
                    "knowledge library.</p>",
                ),
            ),
        },
    },
    {
        "slug": "pytania-o-legalizacje-pobytu",
        "days_ago": 72,
        "themes": ["legal-aid"],
        "fields": {
            "title": Text(
                "Pytania o legalizację pobytu: zestawienie z dyżurów prawnych",
                "Питання про легалізацію перебування: підсумки юридичних консультацій",
                "Questions about legal stay: a summary from legal advice sessions",
            ),
            "lead": Text(
                "Grupa robocza ds. pomocy prawnej zebrała najczęstsze pytania, z którymi osoby "
                "z Ukrainy przychodzą do organizacji.",
                "Робоча група з правової допомоги зібрала найпоширеніші питання, з якими люди "
                "з України звертаються до організацій.",
                "The legal aid working group collected the questions people from Ukraine most "
                "often bring to organisations.",
            ),
            "body": news_body(
                Html(
                    "<p>Najwięcej pytań dotyczy przedłużania pobytu, zmiany statusu, zatrudnienia "
                    "i świadczeń dla rodzin. Zestawienie pomaga organizacjom przygotować dyżury "
                    "i rozpoznać, kiedy potrzebna jest porada prawnika.</p>",
                    "<p>Найбільше питань стосується продовження перебування, зміни статусу, "
                    "працевлаштування та виплат для сімей. Зведення допомагає організаціям "
                    "підготувати консультації та зрозуміти, коли потрібна порада юриста.</p>",
                    "<p>Most questions concern extending a stay, changing status, employment and "
                    "family benefits. The summary helps organisations prepare their advice "
                    "sessions and recognise when a lawyer is needed.</p>",
                ),
                Text("Ważne", "Важливо", "Please note"),
                Html(
                    "<p>Przepisy często się zmieniają. Przed udzieleniem porady sprawdź aktualny "
                    "stan prawny lub skonsultuj sprawę z organizacją prawniczą.</p>",
                    "<p>Законодавство часто змінюється. Перш ніж консультувати, перевірте чинні "
                    "норми або проконсультуйтеся з юридичною організацією.</p>",
                    "<p>The rules change often. Before giving advice, check the law as it "
                    "stands or consult a legal aid organisation.</p>",
                ),
            ),
        },
    },
    {
        "slug": "aktywizacja-zawodowa-kobiet",
        "days_ago": 86,
        "themes": ["employment", "integration-and-language"],
        "fields": {
            "title": Text(
                "Dobre praktyki: aktywizacja zawodowa kobiet z Ukrainy",
                "Добрі практики: професійна активізація жінок з України",
                "Good practice: helping women from Ukraine into work",
            ),
            "lead": Text(
                "Organizacje z kilku województw opisały programy, które pomogły kobietom znaleźć "
                "pracę zgodną z ich kwalifikacjami.",
                "Організації з кількох воєводств описали програми, які допомогли жінкам знайти "
                "роботу відповідно до їхньої кваліфікації.",
                "Organisations from several voivodeships described programmes that helped women "
                "find work that matches their qualifications.",
            ),
            "body": news_body(
                Html(
                    "<p>Skuteczne programy łączą naukę języka, doradztwo zawodowe i opiekę nad "
                    "dziećmi w czasie zajęć. Ważne okazały się także uznawanie kwalifikacji "
                    "i kontakt z lokalnymi pracodawcami.</p>",
                    "<p>Ефективні програми поєднують вивчення мови, профорієнтацію та догляд "
                    "за дітьми під час занять. Важливими виявилися також визнання кваліфікації "
                    "і контакт з місцевими роботодавцями.</p>",
                    "<p>Successful programmes combine language learning, career advice and "
                    "childcare during classes. Recognition of qualifications and contact with "
                    "local employers also proved important.</p>",
                ),
                Text("Do pobrania", "Завантажити", "Downloads"),
                Html(
                    "<p>Opisy programów wraz z kontaktami do organizacji znajdziesz w bibliotece "
                    "wiedzy, w dziale dobrych praktyk.</p>",
                    "<p>Описи програм разом із контактами організацій ви знайдете в бібліотеці "
                    "знань, у розділі добрих практик.</p>",
                    "<p>Descriptions of the programmes, with contacts of the organisations, are "
                    "in the good practice section of the knowledge library.</p>",
                ),
            ),
        },
    },
    {
        "slug": "dostep-do-opieki-zdrowotnej",
        "days_ago": 101,
        "themes": ["health", "social-assistance"],
        "fields": {
            "title": Text(
                "Jak organizacje pomagają w dostępie do opieki zdrowotnej",
                "Як організації допомагають отримати медичну допомогу",
                "How organisations help people access health care",
            ),
            "lead": Text(
                "Tłumaczenie podczas wizyt, pomoc w rejestracji i informacja o prawach "
                "pacjenta — przegląd działań członków Forum.",
                "Переклад під час візитів, допомога з реєстрацією та інформація про права "
                "пацієнта — огляд діяльності членів Форуму.",
                "Interpreting at appointments, help with registration and information on "
                "patients' rights — a review of what Forum members do.",
            ),
            "body": news_body(
                Html(
                    "<p>Osoby z Ukrainy najczęściej potrzebują pomocy w zapisaniu się do lekarza, "
                    "zrozumieniu zaleceń i zakupie leków. Organizacje współpracują "
                    "z wolontariuszami, którzy mówią po ukraińsku.</p>",
                    "<p>Людям з України найчастіше потрібна допомога, щоб записатися до лікаря, "
                    "зрозуміти призначення та купити ліки. Організації співпрацюють "
                    "з волонтерами, які розмовляють українською.</p>",
                    "<p>People from Ukraine most often need help booking a doctor's "
                    "appointment, understanding the advice they are given and buying "
                    "medicines. Organisations work with Ukrainian-speaking volunteers.</p>",
                ),
                Text("Czego brakuje", "Чого бракує", "What is missing"),
                Html(
                    "<p>Najbardziej brakuje tłumaczy medycznych i wsparcia dla osób "
                    "z niepełnosprawnościami oraz z chorobami przewlekłymi.</p>",
                    "<p>Найбільше бракує медичних перекладачів і підтримки для людей "
                    "з інвалідністю та хронічними захворюваннями.</p>",
                    "<p>Medical interpreters are missing most, as is support for people with "
                    "disabilities and chronic illnesses.</p>",
                ),
            ),
        },
    },
    {
        "slug": "wakacyjne-zajecia-integracyjne",
        "days_ago": 118,
        "themes": ["children-and-youth", "integration-and-language"],
        "fields": {
            "title": Text(
                "Wakacje razem: zajęcia integracyjne dla dzieci",
                "Канікули разом: інтеграційні заняття для дітей",
                "Holidays together: integration activities for children",
            ),
            "lead": Text(
                "Członkowie Forum dzielą się pomysłami na letnie zajęcia, na których dzieci "
                "z Polski i Ukrainy uczą się i bawią razem.",
                "Члени Форуму діляться ідеями літніх занять, на яких діти з Польщі та України "
                "разом навчаються і граються.",
                "Forum members share ideas for summer activities where children from Poland "
                "and Ukraine learn and play together.",
            ),
            "body": news_body(
                Html(
                    "<p>Półkolonie, warsztaty artystyczne i wycieczki pomagają dzieciom nawiązać "
                    "przyjaźnie i ćwiczyć język bez szkolnej presji.</p>",
                    "<p>Денні табори, мистецькі майстер-класи та екскурсії допомагають дітям "
                    "заводити друзів і практикувати мову без шкільного тиску.</p>",
                    "<p>Day camps, art workshops and trips help children make friends and "
                    "practise the language without the pressure of school.</p>",
                ),
                Text("Wskazówki", "Поради", "Tips"),
                Html(
                    "<ul><li>Planuj zajęcia w małych, mieszanych grupach.</li>"
                    "<li>Zaproś do prowadzenia osoby, które mówią w obu językach.</li>"
                    "<li>Zaproś rodziców na zakończenie turnusu.</li></ul>",
                    "<ul><li>Плануйте заняття в малих змішаних групах.</li>"
                    "<li>Запросіть ведучих, які говорять обома мовами.</li>"
                    "<li>Запросіть батьків на завершення зміни.</li></ul>",
                    "<ul><li>Plan activities in small, mixed groups.</li>"
                    "<li>Invite leaders who speak both languages.</li>"
                    "<li>Invite parents to the closing day.</li></ul>",
                ),
            ),
        },
    },
    {
        "slug": "nowe-organizacje-w-katalogu",
        "days_ago": 137,
        "themes": ["social-assistance"],
        "fields": {
            "title": Text(
                "Nowe organizacje w katalogu Forum",
                "Нові організації в каталозі Форуму",
                "New organisations in the Forum directory",
            ),
            "lead": Text(
                "W katalogu pojawiły się kolejne organizacje z mniejszych miejscowości — "
                "sprawdź, kto działa w Twojej okolicy.",
                "У каталозі з’явилися нові організації з менших населених пунктів — "
                "перевірте, хто працює поруч із вами.",
                "More organisations from smaller towns have joined the directory — see who "
                "works near you.",
            ),
            "body": news_body(
                Html(
                    "<p>Każda organizacja, która rejestruje się w katalogu, opisuje swoje "
                    "działania, tematy i regiony. Zanim profil stanie się widoczny, przegląda "
                    "go zespół moderatorów.</p>",
                    "<p>Кожна організація, що реєструється в каталозі, описує свою діяльність, "
                    "теми та регіони. Перш ніж профіль стане видимим, його переглядає команда "
                    "модераторів.</p>",
                    "<p>Every organisation that registers in the directory describes its work, "
                    "themes and regions. A team of moderators reviews each profile before it "
                    "becomes visible.</p>",
                ),
                Text(
                    "Zarejestruj swoją organizację",
                    "Зареєструйте свою організацію",
                    "Register your organisation",
                ),
                Html(
                    "<p>Rejestracja zajmuje kilka minut. Dzięki niej inne organizacje łatwiej "
                    "Was znajdą, a Forum lepiej zobaczy, gdzie brakuje pomocy.</p>",
                    "<p>Реєстрація займає кілька хвилин. Завдяки їй іншим організаціям буде "
                    "легше вас знайти, а Форум краще побачить, де бракує допомоги.</p>",
                    "<p>Registering takes a few minutes. Other organisations will find you more "
                    "easily, and the Forum will see better where help is missing.</p>",
                ),
            ),
        },
    },
    {
        "slug": "szkolenie-handel-ludzmi",
        "days_ago": 160,
        "themes": ["violence-prevention", "legal-aid"],
        "fields": {
            "title": Text(
                "Szkolenie: jak rozpoznać ryzyko handlu ludźmi",
                "Навчання: як розпізнати ризик торгівлі людьми",
                "Training: recognising the risk of human trafficking",
            ),
            "lead": Text(
                "Szkolenie dla osób pracujących w punktach pomocy i miejscach zbiorowego "
                "zakwaterowania.",
                "Навчання для людей, які працюють у пунктах допомоги та місцях колективного "
                "проживання.",
                "A training for people working at aid points and in collective accommodation.",
            ),
            "body": news_body(
                Html(
                    "<p>Omówiliśmy sygnały ostrzegawcze, bezpieczne sposoby rozmowy z osobą, "
                    "która może być ofiarą, i ścieżki zgłaszania podejrzeń.</p>",
                    "<p>Ми розглянули тривожні сигнали, безпечні способи розмови з людиною, яка "
                    "може бути жертвою, та шляхи повідомлення про підозри.</p>",
                    "<p>We covered the warning signs, safe ways of talking to someone who may "
                    "be a victim, and how to report suspicions.</p>",
                ),
                Text("Gdzie szukać pomocy", "Де шукати допомоги", "Where to find help"),
                Html(
                    "<p>W bibliotece wiedzy znajdziesz listę instytucji i telefonów zaufania, "
                    "do których można kierować osoby potrzebujące wsparcia.</p>",
                    "<p>У бібліотеці знань ви знайдете перелік установ і телефонів довіри, "
                    "куди можна скерувати людей, які потребують підтримки.</p>",
                    "<p>The knowledge library lists the institutions and helplines to which "
                    "people in need of support can be referred.</p>",
                ),
            ),
        },
    },
]

# The Forum's co-creators, advisory team and supporters, as its "About us" page and its rules
# of cooperation name them. ``key`` gives each partner a fixed identity across runs.
PARTNERS = [
    {
        "key": "pah",
        "name": Text(
            "Polska Akcja Humanitarna", "Польська гуманітарна акція", "Polish Humanitarian Action"
        ),
        "role": Text("Współtwórca Forum", "Співтворець Форуму", "Co-creator of the Forum"),
        "url": "https://www.pah.org.pl/",
    },
    {
        "key": "ashoka",
        "name": Text(
            "Fundacja Ashoka Innowatorzy dla Dobra Publicznego",
            "Фонд Ashoka «Інноватори для суспільного блага»",
            "Ashoka: Innovators for the Public",
        ),
        "role": Text("Współtwórca Forum", "Співтворець Форуму", "Co-creator of the Forum"),
        "url": "https://www.ashoka.org/",
    },
    {
        "key": "batory",
        "name": Text(
            "Fundacja im. Stefana Batorego",
            "Фонд імені Стефана Баторія",
            "Stefan Batory Foundation",
        ),
        "role": Text("Zespół doradczy", "Консультативна група", "Advisory team"),
        "url": "https://www.batory.org.pl/",
    },
    {
        "key": "grupa-zagranica",
        "name": Text("Grupa Zagranica", "Grupa Zagranica", "Grupa Zagranica"),
        "role": Text("Zespół doradczy", "Консультативна група", "Advisory team"),
        "url": "https://zagranica.org.pl/",
    },
    {
        "key": "hfhr",
        "name": Text(
            "Helsińska Fundacja Praw Człowieka",
            "Гельсінський фонд з прав людини",
            "Helsinki Foundation for Human Rights",
        ),
        "role": Text("Zespół doradczy", "Консультативна група", "Advisory team"),
        "url": "https://hfhr.pl/",
    },
    {
        "key": "kik",
        "name": Text(
            "Klub Inteligencji Katolickiej",
            "Клуб католицької інтелігенції",
            "Club of Catholic Intelligentsia",
        ),
        "role": Text("Zespół doradczy", "Консультативна група", "Advisory team"),
        "url": "https://kik.waw.pl/",
    },
    {
        "key": "liderzy-przemian",
        "name": Text(
            "Fundacja Liderzy Przemian", "Фонд «Лідери змін»", "Leaders of Change Foundation"
        ),
        "role": Text("Zespół doradczy", "Консультативна група", "Advisory team"),
        "url": "",
    },
    {
        "key": "care",
        "name": Text("CARE", "CARE", "CARE"),
        "role": Text(
            "Wsparcie finansowe przy powstaniu Forum",
            "Фінансова підтримка під час створення Форуму",
            "Financial support when the Forum was set up",
        ),
        "url": "https://www.care.org/",
    },
    {
        "key": "netguru",
        "name": Text("Netguru", "Netguru", "Netguru"),
        "role": Text("Wsparcie techniczne", "Технічна підтримка", "Technical support"),
        "url": "https://www.netguru.com/",
    },
]

# Placeholders: the Forum's real contact details are not part of the demo.
CONTACT = {
    "email": "kontakt@example.org",
    "phone": "+48 22 000 00 00",
    "postal_address": "Forum „Razem” (adres demonstracyjny)\nul. Przykładowa 1\n00-001 Warszawa",
}
