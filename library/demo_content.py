"""The demo materials of the knowledge library in Polish, Ukrainian and English, for ``seed_demo``.

Same shape as ``home.demo_content``: every title, summary and description is a ``Text`` or an
``Html`` with its three languages side by side, so that ``translations(ITEMS)`` gives the
glossary wagtail-localize's segments are translated from. ``library.seed`` turns each item
into a Polish page with a real generated file (PDF or DOCX) or a link.

Each file says which (invented) project it comes from: the ``codename`` appears in the file
and nowhere in the page's own texts, so a search for it finds the material only through the
text extracted from its file. The publishers are kinds of organisations, not real ones.
"""

# Ukrainian is written in Cyrillic on purpose; its letters are not look-alikes of Latin ones.
# ruff: noqa: RUF001

import datetime

from cms.demo_text import Html, Text
from library.models import Access, Licence, ResourceType


def item(slug, title, summary, description, **meta):
    """One material: its texts, and what ``library.seed`` needs to make its page and file.

    ``file`` is "pdf", "docx" or None (a link only); ``codename`` is the distinctive word of
    its file; ``in_review`` makes it a member's submission waiting in «Library review».
    """
    return {
        "slug": slug,
        "fields": {
            "title": title,
            "summary": summary,
            "description": description,
            "publisher_name": meta.get("publisher_name", FORUM),
        },
        "resource_type": meta.get("resource_type", ResourceType.GUIDE),
        "themes": meta.get("themes", []),
        "target_groups": meta.get("target_groups", []),
        "regions": meta.get("regions", []),
        "languages": meta.get("languages", ["pl"]),
        "publication_date": meta["date"],
        "licence": meta.get("licence", Licence.CC_BY),
        "access": meta.get("access", Access.PUBLIC),
        "file": meta.get("file", "pdf"),
        "external_url": meta.get("external_url", ""),
        "codename": meta["codename"],
        "in_review": meta.get("in_review", False),
    }


D = datetime.date
FORUM = Text("Forum „Razem”", "Форум «Razem»", "Forum “Razem”")

ITEMS = [
    item(
        "pesel-ukr-guide",
        Text(
            "Numer PESEL UKR krok po kroku",
            "Номер PESEL UKR крок за кроком",
            "The PESEL UKR number step by step",
        ),
        Text(
            "Jak uzyskać numer PESEL ze statusem UKR, jakie dokumenty zabrać do urzędu gminy "
            "i co daje ten status.",
            "Як отримати номер PESEL зі статусом UKR, які документи взяти до гміни "
            "і що дає цей статус.",
            "How to obtain a PESEL number with UKR status, which documents to bring to the "
            "municipal office and what the status gives.",
        ),
        Html(
            "<p>Poradnik dla osób doradzających uchodźcom: wniosek, zdjęcie, profil zaufany "
            "i najczęstsze błędy przy rejestracji.</p>",
            "<p>Посібник для консультантів біженців: заява, фото, довірений профіль "
            "і найпоширеніші помилки під час реєстрації.</p>",
            "<p>A guide for people who advise refugees: the application, the photo, the "
            "trusted profile and the most common mistakes at registration.</p>",
        ),
        themes=["legal-aid", "social-assistance"],
        target_groups=["families"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        date=D(2024, 3, 12),
        file="pdf",
        codename="Jaskółka",
    ),
    item(
        "school-enrolment-guide",
        Text(
            "Zapisy dzieci z Ukrainy do polskiej szkoły",
            "Зарахування дітей з України до польської школи",
            "Enrolling children from Ukraine in Polish schools",
        ),
        Text(
            "Obowiązek szkolny, oddziały przygotowawcze i dodatkowe lekcje polskiego: "
            "co powinni wiedzieć rodzice i nauczyciele.",
            "Обов’язок навчання, підготовчі класи та додаткові уроки польської: "
            "що мають знати батьки та вчителі.",
            "Compulsory schooling, preparatory classes and extra Polish lessons: what "
            "parents and teachers should know.",
        ),
        Html(
            "<p>Materiał wyjaśnia zasady przyjmowania uczniów z zagranicy i podpowiada, "
            "jak przygotować klasę na przyjęcie nowych dzieci.</p>",
            "<p>Матеріал пояснює правила прийому учнів з-за кордону і підказує, "
            "як підготувати клас до прийому нових дітей.</p>",
            "<p>The material explains how pupils from abroad are admitted and how to "
            "prepare a class to welcome new children.</p>",
        ),
        themes=["education", "children-and-youth"],
        target_groups=["children", "families"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        date=D(2023, 8, 28),
        file="docx",
        codename="Kalina",
    ),
    item(
        "housing-rental-contract",
        Text(
            "Wzór umowy najmu mieszkania dla rodzin uchodźczych",
            "Зразок договору оренди житла для сімей біженців",
            "Model flat rental agreement for refugee families",
        ),
        Text(
            "Dwujęzyczny wzór umowy najmu z objaśnieniami kaucji, opłat i okresu wypowiedzenia.",
            "Двомовний зразок договору оренди з поясненнями щодо застави, платежів "
            "і строку розірвання.",
            "A bilingual model rental agreement with notes on the deposit, the charges and "
            "the notice period.",
        ),
        Html(
            "<p>Wzór przygotowany z prawnikami; można go dostosować do najmu okazjonalnego "
            "i instytucjonalnego.</p>",
            "<p>Зразок підготовлено разом з юристами; його можна пристосувати до "
            "оказіональної та інституційної оренди.</p>",
            "<p>The model was prepared with lawyers and can be adapted to occasional and "
            "institutional tenancies.</p>",
        ),
        resource_type=ResourceType.TEMPLATE,
        themes=["housing", "legal-aid"],
        target_groups=["families"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        date=D(2023, 5, 9),
        file="docx",
        codename="Słonecznik",
    ),
    item(
        "labour-market-report-2024",
        Text(
            "Uchodźczynie z Ukrainy na polskim rynku pracy. Raport 2024",
            "Біженки з України на польському ринку праці. Звіт 2024",
            "Refugee women from Ukraine in the Polish labour market. 2024 report",
        ),
        Text(
            "Wyniki badania ankietowego wśród 1200 kobiet: zatrudnienie, kwalifikacje, "
            "bariery i oczekiwania.",
            "Результати опитування 1200 жінок: зайнятість, кваліфікація, бар’єри та очікування.",
            "Findings of a survey of 1,200 women: employment, qualifications, barriers and "
            "expectations.",
        ),
        Html(
            "<p>Raport pokazuje, że większość respondentek pracuje poniżej swoich "
            "kwalifikacji, i proponuje rekomendacje dla urzędów pracy.</p>",
            "<p>Звіт показує, що більшість респонденток працює нижче своєї кваліфікації, "
            "і пропонує рекомендації для центрів зайнятості.</p>",
            "<p>The report shows that most respondents work below their qualifications and "
            "makes recommendations for labour offices.</p>",
        ),
        resource_type=ResourceType.REPORT,
        themes=["employment", "advocacy"],
        target_groups=["women"],
        regions=["nationwide"],
        languages=["pl", "en"],
        publisher_name=Text(
            "Fundacja Badań Migracyjnych (dane demonstracyjne)",
            "Фонд міграційних досліджень (демонстраційні дані)",
            "Migration Research Foundation (demo data)",
        ),
        date=D(2024, 6, 20),
        file="pdf",
        codename="Bursztyn",
    ),
    item(
        "psychological-first-aid",
        Text(
            "Pierwsza pomoc psychologiczna dla wolontariuszy",
            "Перша психологічна допомога для волонтерів",
            "Psychological first aid for volunteers",
        ),
        Text(
            "Jak rozmawiać z osobą w kryzysie, czego unikać i kiedy skierować ją do specjalisty.",
            "Як говорити з людиною в кризі, чого уникати і коли направити її до фахівця.",
            "How to talk with a person in crisis, what to avoid and when to refer them to a "
            "specialist.",
        ),
        Html(
            "<p>Krótki podręcznik z ćwiczeniami oparty na zasadach „patrz, słuchaj, połącz”.</p>",
            "<p>Короткий посібник із вправами, заснований на принципах «дивись, слухай, "
            "з’єднуй».</p>",
            "<p>A short handbook with exercises based on the “look, listen, link” principles.</p>",
        ),
        resource_type=ResourceType.TRAINING_MATERIAL,
        themes=["psychosocial-support"],
        target_groups=["host-communities"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        date=D(2022, 4, 4),
        file="pdf",
        codename="Rumianek",
    ),
    item(
        "temporary-protection-law-2025",
        Text(
            "Ochrona czasowa po zmianach w 2025 roku. Analiza prawna",
            "Тимчасовий захист після змін 2025 року. Правовий аналіз",
            "Temporary protection after the 2025 amendments. A legal analysis",
        ),
        Text(
            "Co zmieniła nowelizacja specustawy: świadczenia, legalność pobytu "
            "i karta pobytu CUKR.",
            "Що змінила нова редакція спецзакону: виплати, легальність перебування "
            "та карта побиту CUKR.",
            "What the amended special act changed: benefits, legal stay and the CUKR "
            "residence card.",
        ),
        Html(
            "<p>Analiza przepisów z przykładami sytuacji, z którymi przychodzą osoby "
            "do punktów porad prawnych.</p>",
            "<p>Аналіз норм із прикладами ситуацій, з якими люди приходять "
            "до пунктів правової допомоги.</p>",
            "<p>An analysis of the provisions with examples of the situations people bring "
            "to legal advice points.</p>",
        ),
        resource_type=ResourceType.LEGAL_ANALYSIS,
        themes=["legal-aid", "advocacy"],
        regions=["nationwide"],
        languages=["pl"],
        publisher_name=Text(
            "Stowarzyszenie Prawników na rzecz Uchodźców (dane demonstracyjne)",
            "Асоціація юристів на користь біженців (демонстраційні дані)",
            "Lawyers for Refugees Association (demo data)",
        ),
        licence=Licence.CC_BY_NC,
        date=D(2025, 2, 3),
        file="pdf",
        codename="Modrzew",
    ),
    item(
        "polish-lessons-toolkit",
        Text(
            "Polski na start: zestaw do nauki języka dla dorosłych",
            "Польська для початку: набір для вивчення мови для дорослих",
            "Polish to start with: a language toolkit for adults",
        ),
        Text(
            "Dwanaście gotowych lekcji języka polskiego na poziomie A1 dla grup "
            "prowadzonych przez wolontariuszy.",
            "Дванадцять готових уроків польської мови рівня A1 для груп, які ведуть волонтери.",
            "Twelve ready-made A1 Polish lessons for groups led by volunteers.",
        ),
        Html(
            "<p>Każda lekcja ma scenariusz, karty pracy i słowniczek polsko-ukraiński.</p>",
            "<p>Кожен урок має сценарій, робочі картки та польсько-український словничок.</p>",
            "<p>Each lesson has a plan, worksheets and a Polish–Ukrainian glossary.</p>",
        ),
        resource_type=ResourceType.TOOLKIT,
        themes=["integration-and-language", "education"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        date=D(2023, 1, 16),
        file="docx",
        codename="Jarzębina",
    ),
    item(
        "healthcare-access-leaflet",
        Text(
            "Leczenie w Polsce: do kogo zgłosić się po pomoc",
            "Лікування в Польщі: куди звернутися по допомогу",
            "Health care in Poland: where to go for help",
        ),
        Text(
            "Lekarz rodzinny, nocna pomoc, szpital i apteka: ulotka dla osób z Ukrainy "
            "objętych ochroną czasową.",
            "Сімейний лікар, нічна допомога, лікарня та аптека: листівка для людей "
            "з України під тимчасовим захистом.",
            "Family doctor, night care, hospital and pharmacy: a leaflet for people from "
            "Ukraine under temporary protection.",
        ),
        Html(
            "<p>Ulotka w dwóch językach, do wydruku i rozdawania w punktach informacyjnych.</p>",
            "<p>Листівка двома мовами для друку та роздачі в інформаційних пунктах.</p>",
            "<p>A two-language leaflet to print and hand out at information points.</p>",
        ),
        resource_type=ResourceType.INFOGRAPHIC,
        themes=["health"],
        target_groups=["families", "older-people"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        licence=Licence.CC0,
        date=D(2022, 9, 1),
        file="pdf",
        codename="Czeremcha",
    ),
    item(
        "roma-refugees-report",
        Text(
            "Romowie z Ukrainy w Polsce. Raport z monitoringu",
            "Роми з України в Польщі. Звіт моніторингу",
            "Roma from Ukraine in Poland. A monitoring report",
        ),
        Text(
            "Doświadczenia romskich rodzin uchodźczych w punktach recepcyjnych, szkołach "
            "i urzędach oraz przypadki dyskryminacji.",
            "Досвід ромських сімей біженців у пунктах прийому, школах та установах, "
            "а також випадки дискримінації.",
            "The experience of Roma refugee families at reception points, schools and "
            "offices, and cases of discrimination.",
        ),
        Html(
            "<p>Raport zawiera rekomendacje dla samorządów i organizacji prowadzących "
            "miejsca zbiorowego zakwaterowania.</p>",
            "<p>Звіт містить рекомендації для органів самоврядування та організацій, "
            "що керують місцями колективного проживання.</p>",
            "<p>The report makes recommendations for local governments and organisations "
            "running collective accommodation.</p>",
        ),
        resource_type=ResourceType.REPORT,
        themes=["advocacy", "housing"],
        target_groups=["roma", "families"],
        regions=["nationwide"],
        languages=["pl", "en"],
        date=D(2023, 11, 7),
        file="pdf",
        codename="Wrzos",
    ),
    item(
        "volunteer-code-of-conduct",
        Text(
            "Kodeks postępowania wolontariusza",
            "Кодекс поведінки волонтера",
            "Volunteer code of conduct",
        ),
        Text(
            "Wzór kodeksu dla organizacji przyjmujących wolontariuszy do pracy "
            "z osobami uchodźczymi, w tym z dziećmi.",
            "Зразок кодексу для організацій, які залучають волонтерів до роботи "
            "з біженцями, зокрема з дітьми.",
            "A model code for organisations taking on volunteers to work with refugees, "
            "children among them.",
        ),
        Html(
            "<p>Obejmuje poufność, granice pomocy, zgłaszanie nadużyć i ochronę wizerunku.</p>",
            "<p>Охоплює конфіденційність, межі допомоги, повідомлення про зловживання "
            "та захист зображення.</p>",
            "<p>It covers confidentiality, the limits of help, reporting abuse and the "
            "protection of images.</p>",
        ),
        resource_type=ResourceType.TEMPLATE,
        themes=["violence-prevention", "children-and-youth"],
        target_groups=["children"],
        languages=["pl", "uk", "en"],
        date=D(2022, 5, 23),
        file="docx",
        codename="Szafran",
    ),
    item(
        "child-protection-standards",
        Text(
            "Standardy ochrony dzieci w organizacji pomocowej",
            "Стандарти захисту дітей в організації допомоги",
            "Child protection standards in an aid organisation",
        ),
        Text(
            "Jak wprowadzić standardy ochrony małoletnich wymagane przez ustawę, "
            "z gotowymi procedurami interwencji.",
            "Як запровадити стандарти захисту неповнолітніх, які вимагає закон, "
            "з готовими процедурами втручання.",
            "How to introduce the child protection standards the law requires, with "
            "ready-made intervention procedures.",
        ),
        Html(
            "<p>Dla świetlic, szkół językowych i miejsc zakwaterowania, w których "
            "przebywają dzieci.</p>",
            "<p>Для клубів, мовних шкіл і місць проживання, де перебувають діти.</p>",
            "<p>For day rooms, language schools and accommodation where children stay.</p>",
        ),
        themes=["violence-prevention", "children-and-youth"],
        target_groups=["children", "unaccompanied-minors"],
        regions=["nationwide"],
        languages=["pl"],
        date=D(2024, 9, 10),
        file="pdf",
        codename="Żurawina",
    ),
    item(
        "qualifications-recognition",
        Text(
            "Uznawanie dyplomów i kwalifikacji zawodowych z Ukrainy",
            "Визнання дипломів і професійної кваліфікації з України",
            "Recognising diplomas and professional qualifications from Ukraine",
        ),
        Text(
            "Nostryfikacja, uznawanie wykształcenia i prawo wykonywania zawodu lekarza, "
            "pielęgniarki i nauczyciela.",
            "Нострифікація, визнання освіти та право на роботу лікарем, медсестрою і вчителем.",
            "Nostrification, recognition of education and the right to work as a doctor, "
            "nurse or teacher.",
        ),
        Html(
            "<p>Zestawienie procedur z adresami instytucji i szacowanym czasem oczekiwania.</p>",
            "<p>Перелік процедур з адресами установ і орієнтовним часом очікування.</p>",
            "<p>An overview of the procedures with the institutions’ addresses and expected "
            "waiting times.</p>",
        ),
        themes=["employment", "education"],
        target_groups=["women"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        date=D(2023, 3, 30),
        file="pdf",
        codename="Lipnik",
    ),
    item(
        "older-people-support",
        Text(
            "Wsparcie osób starszych z doświadczeniem uchodźczym",
            "Підтримка літніх людей з досвідом біженства",
            "Supporting older people with refugee experience",
        ),
        Text(
            "Samotność, opieka zdrowotna i świadczenia emerytalne: wskazówki dla "
            "pracowników socjalnych i wolontariuszy.",
            "Самотність, медична допомога та пенсійні виплати: поради для соціальних "
            "працівників і волонтерів.",
            "Loneliness, health care and pensions: advice for social workers and volunteers.",
        ),
        Html(
            "<p>Opisuje dobre praktyki klubów seniora, które przyjęły osoby z Ukrainy.</p>",
            "<p>Описує добрі практики клубів для літніх людей, які прийняли людей з України.</p>",
            "<p>Describes good practice of senior clubs that took in people from Ukraine.</p>",
        ),
        themes=["social-assistance", "health"],
        target_groups=["older-people"],
        regions=["malopolskie"],
        languages=["pl"],
        date=D(2024, 1, 22),
        file="docx",
        codename="Dziewanna",
    ),
    item(
        "disability-support-guide",
        Text(
            "Orzeczenie o niepełnosprawności dla osób z Ukrainy",
            "Довідка про інвалідність для людей з України",
            "Disability certificates for people from Ukraine",
        ),
        Text(
            "Jak uzyskać orzeczenie w Polsce, jakie dokumenty z Ukrainy się przydadzą "
            "i jakie wsparcie przysługuje.",
            "Як отримати довідку в Польщі, які документи з України знадобляться "
            "і яка підтримка належить.",
            "How to obtain a certificate in Poland, which Ukrainian documents help and what "
            "support follows.",
        ),
        Html(
            "<p>Przewodnik po zespołach orzekających, z przykładowym wnioskiem.</p>",
            "<p>Путівник по комісіях з визначення інвалідності з прикладом заяви.</p>",
            "<p>A guide to the assessment boards, with a sample application.</p>",
        ),
        themes=["social-assistance", "health"],
        target_groups=["people-with-disabilities"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        date=D(2023, 10, 2),
        file="pdf",
        codename="Kosaciec",
    ),
    item(
        "host-communities-dialogue",
        Text(
            "Spotkania sąsiedzkie: scenariusze dialogu w społecznościach przyjmujących",
            "Сусідські зустрічі: сценарії діалогу в приймаючих громадах",
            "Neighbourhood meetings: dialogue plans for host communities",
        ),
        Text(
            "Pięć scenariuszy spotkań, które pomagają sąsiadom poznać się "
            "i rozmawiać o napięciach.",
            "П’ять сценаріїв зустрічей, які допомагають сусідам познайомитися "
            "і говорити про напруження.",
            "Five meeting plans that help neighbours get to know each other and talk about "
            "tensions.",
        ),
        Html(
            "<p>Dla domów kultury, bibliotek i parafii w małych miejscowościach.</p>",
            "<p>Для будинків культури, бібліотек і парафій у малих населених пунктах.</p>",
            "<p>For community centres, libraries and parishes in small towns.</p>",
        ),
        resource_type=ResourceType.TOOLKIT,
        themes=["integration-and-language"],
        target_groups=["host-communities"],
        regions=["podkarpackie", "lubelskie"],
        languages=["pl", "uk"],
        date=D(2024, 4, 15),
        file="docx",
        codename="Tatarak",
    ),
    item(
        "humanitarian-logistics",
        Text(
            "Magazyn pomocy humanitarnej. Dobre praktyki logistyczne",
            "Склад гуманітарної допомоги. Добрі логістичні практики",
            "A humanitarian aid warehouse. Good logistics practice",
        ),
        Text(
            "Przyjmowanie darów, ewidencja, daty ważności i wysyłka konwojów: "
            "doświadczenia organizacji z granicy.",
            "Прийом пожертв, облік, терміни придатності та відправлення конвоїв: "
            "досвід організацій з кордону.",
            "Receiving donations, record keeping, expiry dates and sending convoys: lessons "
            "from organisations at the border.",
        ),
        Html(
            "<p>Zawiera arkusz ewidencji i listę kontrolną bezpieczeństwa magazynu.</p>",
            "<p>Містить аркуш обліку та контрольний список безпеки складу.</p>",
            "<p>Includes a stock sheet and a warehouse safety checklist.</p>",
        ),
        themes=["humanitarian-aid"],
        regions=["lubelskie", "ukraine"],
        languages=["pl", "en"],
        date=D(2022, 7, 11),
        file="pdf",
        codename="Pszeniec",
    ),
    item(
        "gender-based-violence-referral",
        Text(
            "Ścieżka pomocy dla osób doświadczających przemocy",
            "Маршрут допомоги для людей, які зазнають насильства",
            "A referral pathway for people experiencing violence",
        ),
        Text(
            "Procedura Niebieskiej Karty, telefony zaufania i schroniska: mapa "
            "wsparcia dla kobiet z Ukrainy.",
            "Процедура «Блакитної картки», телефони довіри та притулки: карта "
            "підтримки для жінок з України.",
            "The Blue Card procedure, helplines and shelters: a map of support for women "
            "from Ukraine.",
        ),
        Html(
            "<p>Dla konsultantek punktów informacyjnych i pracowników socjalnych.</p>",
            "<p>Для консультанток інформаційних пунктів і соціальних працівників.</p>",
            "<p>For information point advisers and social workers.</p>",
        ),
        themes=["violence-prevention", "legal-aid"],
        target_groups=["women", "lgbtqia"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        date=D(2023, 6, 5),
        file="pdf",
        codename="Macierzanka",
    ),
    item(
        "benefits-800-plus",
        Text(
            "Świadczenie 800 plus dla rodzin z Ukrainy",
            "Виплата 800 плюс для сімей з України",
            "The 800 plus benefit for families from Ukraine",
        ),
        Text(
            "Warunki, wniosek w ZUS, wymóg nauki dzieci w polskiej szkole i najczęstsze "
            "powody odmowy.",
            "Умови, заява в ZUS, вимога навчання дітей у польській школі та найчастіші "
            "причини відмови.",
            "Conditions, the application to ZUS, the Polish school requirement and the "
            "most common reasons for refusal.",
        ),
        Html(
            "<p>Aktualizowana instrukcja z przykładami zrzutów ekranu z systemu PUE.</p>",
            "<p>Оновлювана інструкція з прикладами знімків екрана системи PUE.</p>",
            "<p>An updated walkthrough with screenshots of the PUE system.</p>",
        ),
        themes=["social-assistance"],
        target_groups=["families", "children"],
        regions=["nationwide"],
        languages=["pl", "uk"],
        date=D(2025, 1, 14),
        file="docx",
        codename="Kozłek",
    ),
    item(
        "video-first-days",
        Text(
            "Pierwsze dni w Polsce. Film informacyjny",
            "Перші дні в Польщі. Інформаційне відео",
            "First days in Poland. An information video",
        ),
        Text(
            "Dziesięciominutowy film z napisami po ukraińsku o rejestracji, "
            "zakwaterowaniu i pomocy medycznej.",
            "Десятихвилинне відео з українськими субтитрами про реєстрацію, "
            "житло та медичну допомогу.",
            "A ten-minute video with Ukrainian subtitles on registration, accommodation "
            "and medical help.",
        ),
        Html(
            "<p>Można go pokazywać w punktach recepcyjnych i na spotkaniach informacyjnych.</p>",
            "<p>Його можна показувати в пунктах прийому та на інформаційних зустрічах.</p>",
            "<p>It can be shown at reception points and information meetings.</p>",
        ),
        resource_type=ResourceType.VIDEO_LINK,
        themes=["humanitarian-aid", "integration-and-language"],
        regions=["nationwide"],
        languages=["uk"],
        licence=Licence.CC_BY_SA,
        date=D(2022, 3, 18),
        file=None,
        external_url="https://example.org/materials/pierwsze-dni-w-polsce",
        codename="",
    ),
    item(
        "grant-budget-template",
        Text(
            "Szablon budżetu projektu pomocowego",
            "Шаблон бюджету проєкту допомоги",
            "Budget template for an aid project",
        ),
        Text(
            "Budżet z kategoriami kosztów kwalifikowalnych, wkładem własnym i "
            "harmonogramem wydatków.",
            "Бюджет із категоріями прийнятних витрат, власним внеском і графіком видатків.",
            "A budget with eligible cost categories, own contribution and a spending schedule.",
        ),
        Html(
            "<p>Przydatny przy wnioskach do fundacji i programów samorządowych.</p>",
            "<p>Корисний для заявок до фондів і програм органів самоврядування.</p>",
            "<p>Useful for applications to foundations and local government programmes.</p>",
        ),
        resource_type=ResourceType.TEMPLATE,
        themes=["advocacy"],
        languages=["pl"],
        date=D(2024, 2, 26),
        file="docx",
        codename="Wiązówka",
    ),
    item(
        "unaccompanied-minors-guardianship",
        Text(
            "Dzieci bez opieki: opiekun tymczasowy i piecza",
            "Діти без супроводу: тимчасовий опікун і опіка",
            "Unaccompanied children: temporary guardians and foster care",
        ),
        Text(
            "Jak sąd ustanawia opiekuna tymczasowego dla dziecka z Ukrainy i jakie "
            "obowiązki ma opiekun.",
            "Як суд призначає тимчасового опікуна для дитини з України і які обов’язки має опікун.",
            "How a court appoints a temporary guardian for a child from Ukraine and what "
            "the guardian’s duties are.",
        ),
        Html(
            "<p>Analiza orzecznictwa i wzory pism do sądu rodzinnego.</p>",
            "<p>Аналіз судової практики та зразки листів до сімейного суду.</p>",
            "<p>An analysis of case law and model letters to the family court.</p>",
        ),
        resource_type=ResourceType.LEGAL_ANALYSIS,
        themes=["legal-aid", "children-and-youth"],
        target_groups=["unaccompanied-minors"],
        regions=["nationwide"],
        languages=["pl"],
        date=D(2023, 2, 13),
        file="pdf",
        codename="Krwawnik",
    ),
    item(
        "third-country-nationals-report",
        Text(
            "Obywatele państw trzecich uciekający z Ukrainy",
            "Громадяни третіх країн, які тікають з України",
            "Third-country nationals fleeing Ukraine",
        ),
        Text(
            "Studenci i pracownicy spoza Ukrainy po 2022 roku: status prawny, bariery i potrzeby.",
            "Студенти та працівники не з України після 2022 року: правовий статус, "
            "бар’єри та потреби.",
            "Students and workers from outside Ukraine after 2022: legal status, barriers "
            "and needs.",
        ),
        Html(
            "<p>Raport z wywiadów pogłębionych z osobami z 14 krajów.</p>",
            "<p>Звіт за результатами глибинних інтерв’ю з людьми з 14 країн.</p>",
            "<p>A report based on in-depth interviews with people from 14 countries.</p>",
        ),
        resource_type=ResourceType.REPORT,
        themes=["legal-aid", "advocacy"],
        target_groups=["third-country-nationals"],
        regions=["nationwide"],
        languages=["en"],
        date=D(2023, 9, 19),
        file="pdf",
        codename="Świetlik",
    ),
    item(
        "youth-mentoring-presentation",
        Text(
            "Mentoring rówieśniczy dla młodzieży. Prezentacja programu",
            "Рівне наставництво для молоді. Презентація програми",
            "Peer mentoring for young people. A programme presentation",
        ),
        Text(
            "Jak połączyć polskich i ukraińskich nastolatków w pary mentorskie "
            "i co z tego wyniknęło.",
            "Як об’єднати польських та українських підлітків у наставницькі пари "
            "і що з цього вийшло.",
            "How Polish and Ukrainian teenagers were paired as mentors and what came of it.",
        ),
        Html(
            "<p>Prezentacja z konferencji wraz z wynikami ewaluacji.</p>",
            "<p>Презентація з конференції разом із результатами оцінювання.</p>",
            "<p>A conference presentation with the evaluation results.</p>",
        ),
        resource_type=ResourceType.PRESENTATION,
        themes=["children-and-youth", "integration-and-language"],
        target_groups=["young-people"],
        regions=["wielkopolskie"],
        languages=["pl", "uk"],
        date=D(2024, 10, 8),
        file="pdf",
        codename="Rokitnik",
    ),
    # Members only: internal materials of the Forum.
    item(
        "advocacy-strategy-2025",
        Text(
            "Strategia rzecznicza Forum na 2025 rok",
            "Стратегія адвокації Форуму на 2025 рік",
            "The Forum’s advocacy strategy for 2025",
        ),
        Text(
            "Priorytety rzecznicze uzgodnione przez organizacje członkowskie i plan "
            "rozmów z ministerstwami.",
            "Пріоритети адвокації, узгоджені організаціями-членами, і план "
            "розмов з міністерствами.",
            "The advocacy priorities agreed by member organisations and the plan of talks "
            "with ministries.",
        ),
        Html(
            "<p>Dokument wewnętrzny; prosimy nie udostępniać go poza Forum.</p>",
            "<p>Внутрішній документ; просимо не поширювати його поза Форумом.</p>",
            "<p>An internal document; please do not share it outside the Forum.</p>",
        ),
        resource_type=ResourceType.REPORT,
        themes=["advocacy"],
        regions=["nationwide"],
        languages=["pl"],
        licence=Licence.ALL_RIGHTS_RESERVED,
        access=Access.MEMBERS,
        date=D(2025, 1, 30),
        file="pdf",
        codename="Tawuła",
    ),
    item(
        "member-survey-results",
        Text(
            "Wyniki ankiety wśród organizacji członkowskich",
            "Результати опитування організацій-членів",
            "Results of the member organisations survey",
        ),
        Text(
            "Potrzeby szkoleniowe, finansowanie i wypalenie zespołów w 62 organizacjach Forum.",
            "Потреби в навчанні, фінансування та вигорання команд у 62 організаціях Форуму.",
            "Training needs, funding and team burnout in 62 Forum organisations.",
        ),
        Html(
            "<p>Zestawienie odpowiedzi z komentarzem grupy roboczej.</p>",
            "<p>Зведення відповідей з коментарем робочої групи.</p>",
            "<p>A summary of the answers with the working group’s comments.</p>",
        ),
        resource_type=ResourceType.DATASET,
        themes=["advocacy"],
        languages=["pl"],
        licence=Licence.ALL_RIGHTS_RESERVED,
        access=Access.MEMBERS,
        date=D(2024, 12, 2),
        file="docx",
        codename="Ostrożeń",
    ),
    item(
        "staff-burnout-training",
        Text(
            "Zapobieganie wypaleniu w zespołach pomocowych. Materiały szkoleniowe",
            "Запобігання вигоранню в командах допомоги. Навчальні матеріали",
            "Preventing burnout in aid teams. Training materials",
        ),
        Text(
            "Materiały z warsztatów dla koordynatorów: superwizja, dyżury, "
            "odpoczynek i rozmowa o trudnych sprawach.",
            "Матеріали семінарів для координаторів: супервізія, чергування, "
            "відпочинок і розмова про складні справи.",
            "Workshop materials for coordinators: supervision, rotas, rest and talking "
            "about difficult cases.",
        ),
        Html(
            "<p>Udostępnione uczestnikom szkoleń Forum i organizacjom członkowskim.</p>",
            "<p>Надано учасникам тренінгів Форуму та організаціям-членам.</p>",
            "<p>Shared with the Forum’s training participants and member organisations.</p>",
        ),
        resource_type=ResourceType.TRAINING_MATERIAL,
        themes=["psychosocial-support"],
        languages=["pl", "uk"],
        licence=Licence.ALL_RIGHTS_RESERVED,
        access=Access.MEMBERS,
        date=D(2024, 5, 27),
        file="pdf",
        codename="Bylica",
    ),
    item(
        "crisis-contact-list",
        Text(
            "Lista kontaktów kryzysowych organizacji członkowskich",
            "Список кризових контактів організацій-членів",
            "Crisis contact list of member organisations",
        ),
        Text(
            "Kto dyżuruje w każdym województwie i jak uruchomić wspólną reakcję "
            "w razie nagłego napływu osób.",
            "Хто чергує в кожному воєводстві і як запустити спільне реагування "
            "у разі раптового припливу людей.",
            "Who is on duty in each voivodeship and how to start a joint response to a "
            "sudden arrival of people.",
        ),
        Html(
            "<p>Aktualizowana co kwartał przez sekretariat Forum.</p>",
            "<p>Оновлюється щокварталу секретаріатом Форуму.</p>",
            "<p>Updated every quarter by the Forum’s secretariat.</p>",
        ),
        resource_type=ResourceType.DATASET,
        themes=["humanitarian-aid"],
        regions=["nationwide"],
        languages=["pl"],
        licence=Licence.ALL_RIGHTS_RESERVED,
        access=Access.MEMBERS,
        date=D(2025, 3, 3),
        file="docx",
        codename="Pięciornik",
    ),
    # Submitted by a member and waiting in «Library review».
    item(
        "local-integration-programme",
        Text(
            "Lokalny program integracji: doświadczenia gminy",
            "Місцева програма інтеграції: досвід гміни",
            "A local integration programme: a municipality’s experience",
        ),
        Text(
            "Jak gmina przygotowała program integracji z udziałem organizacji "
            "i samych mieszkańców z Ukrainy.",
            "Як гміна підготувала програму інтеграції за участю організацій "
            "і самих мешканців з України.",
            "How a municipality prepared an integration programme with organisations and "
            "its residents from Ukraine.",
        ),
        Html(
            "<p>Studium przypadku z harmonogramem i budżetem.</p>",
            "<p>Кейс-стаді з графіком і бюджетом.</p>",
            "<p>A case study with a timetable and a budget.</p>",
        ),
        resource_type=ResourceType.REPORT,
        themes=["integration-and-language"],
        target_groups=["host-communities"],
        regions=["pomorskie"],
        languages=["pl"],
        date=D(2025, 4, 7),
        file="pdf",
        codename="Smagliczka",
        in_review=True,
    ),
    item(
        "job-interview-workshop",
        Text(
            "Warsztat: rozmowa kwalifikacyjna po polsku",
            "Семінар: співбесіда польською мовою",
            "Workshop: a job interview in Polish",
        ),
        Text(
            "Scenariusz trzygodzinnego warsztatu z ćwiczeniami w parach i listą "
            "typowych pytań rekruterów.",
            "Сценарій тригодинного семінару з вправами в парах і списком "
            "типових запитань рекрутерів.",
            "A plan for a three-hour workshop with exercises in pairs and a list of "
            "typical recruiters’ questions.",
        ),
        Html(
            "<p>Dla doradców zawodowych i lektorów języka polskiego.</p>",
            "<p>Для кар’єрних консультантів і викладачів польської мови.</p>",
            "<p>For career advisers and Polish teachers.</p>",
        ),
        resource_type=ResourceType.TRAINING_MATERIAL,
        themes=["employment", "integration-and-language"],
        target_groups=["women"],
        regions=["mazowieckie"],
        languages=["pl", "uk"],
        date=D(2025, 4, 14),
        file="docx",
        codename="Nawłoć",
        in_review=True,
    ),
    item(
        "winter-aid-checklist",
        Text(
            "Zimowa pomoc dla osób w zbiorowym zakwaterowaniu. Lista kontrolna",
            "Зимова допомога людям у колективному проживанні. Контрольний список",
            "Winter help for people in collective accommodation. A checklist",
        ),
        Text(
            "Ogrzewanie, odzież, leki i kontakt z osobami samotnymi: co sprawdzić przed zimą.",
            "Опалення, одяг, ліки та контакт з самотніми людьми: що перевірити перед зимою.",
            "Heating, clothing, medicines and contact with people living alone: what to "
            "check before winter.",
        ),
        Html(
            "<p>Lista przygotowana przez koordynatorów ośrodków na Podkarpaciu.</p>",
            "<p>Список підготували координатори центрів на Підкарпатті.</p>",
            "<p>A checklist prepared by shelter coordinators in Podkarpacie.</p>",
        ),
        resource_type=ResourceType.TOOLKIT,
        themes=["humanitarian-aid", "housing"],
        target_groups=["older-people"],
        regions=["podkarpackie"],
        languages=["pl"],
        date=D(2025, 4, 22),
        file="pdf",
        codename="Ciemiernik",
        in_review=True,
    ),
]

PUBLISHED = [entry for entry in ITEMS if not entry["in_review"]]
IN_REVIEW = [entry for entry in ITEMS if entry["in_review"]]
