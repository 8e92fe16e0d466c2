//! Invented people's names, and the email addresses made from them.
//!
//! First names and surnames are grouped by heritage so that a name reads like
//! one in a British health and care workforce, not a random pairing. Names are
//! drawn at random, never chosen: any likeness to a real person is chance, and
//! the few well-known combinations the lists could make are refused. The lists
//! never hold two spellings of one name, so the only near-duplicate people in a
//! map are the ones planted on purpose (see [`respelled`]).

use crate::random::Rng;
use std::collections::HashSet;

/// First names and surnames that go together, and how often the group is drawn.
struct Heritage {
    weight: u32,
    first: &'static [&'static str],
    surnames: &'static [&'static str],
}

const HERITAGES: &[Heritage] = &[
    Heritage {
        weight: 62,
        first: &[
            "Oliver",
            "George",
            "Harry",
            "Jack",
            "Jacob",
            "Charlie",
            "Thomas",
            "James",
            "William",
            "Daniel",
            "Matthew",
            "Joshua",
            "Samuel",
            "Benjamin",
            "Joseph",
            "Luke",
            "Ryan",
            "Liam",
            "Callum",
            "Connor",
            "Ewan",
            "Rhys",
            "Dylan",
            "Owen",
            "Gareth",
            "Iain",
            "Graham",
            "Stuart",
            "Neil",
            "Paul",
            "Andrew",
            "Richard",
            "Peter",
            "Simon",
            "Martin",
            "Kevin",
            "Craig",
            "Darren",
            "Lee",
            "Stephen",
            "Philip",
            "Geoffrey",
            "Malcolm",
            "Nigel",
            "Amelia",
            "Olivia",
            "Isla",
            "Emily",
            "Poppy",
            "Ava",
            "Isabella",
            "Jessica",
            "Lily",
            "Sophie",
            "Grace",
            "Chloe",
            "Megan",
            "Lauren",
            "Hannah",
            "Rebecca",
            "Charlotte",
            "Lucy",
            "Holly",
            "Bethan",
            "Ffion",
            "Siobhan",
            "Niamh",
            "Aoife",
            "Kirsty",
            "Fiona",
            "Morag",
            "Claire",
            "Joanne",
            "Nicola",
            "Helen",
            "Karen",
            "Julie",
            "Alison",
            "Deborah",
            "Susan",
            "Gillian",
            "Louise",
            "Rachel",
            "Kerry",
            "Gemma",
            "Zoe",
            "Abigail",
            "Eleanor",
            "Harriet",
            "Rosie",
            "Imogen",
            "Jennifer",
            "Catherine",
            "Elizabeth",
            "Margaret",
            "Patricia",
            "Janet",
            "Wendy",
            "Lorraine",
            "Tracey",
            "Dawn",
        ],
        surnames: &[
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Johnson",
            "Davies",
            "Robinson",
            "Wright",
            "Thompson",
            "Evans",
            "Walker",
            "White",
            "Roberts",
            "Green",
            "Hall",
            "Wood",
            "Jackson",
            "Clarke",
            "Harrison",
            "Morris",
            "Hughes",
            "Edwards",
            "Turner",
            "Cooper",
            "Hill",
            "Ward",
            "Moore",
            "Parker",
            "Bennett",
            "Cook",
            "Fletcher",
            "Barker",
            "Holmes",
            "Shaw",
            "Lloyd",
            "Griffiths",
            "Price",
            "Bowen",
            "Pritchard",
            "Kelly",
            "Murphy",
            "O'Brien",
            "Byrne",
            "Doyle",
            "Quinn",
            "Gallagher",
            "McLaughlin",
            "Campbell",
            "Stewart",
            "MacDonald",
            "Fraser",
            "Crawford",
            "Murray",
            "Ross",
            "Henderson",
            "Baxter",
            "Dawson",
            "Atkinson",
            "Whitfield",
            "Ainsworth",
            "Pickering",
            "Haworth",
            "Crossley",
            "Dobson",
            "Fairclough",
            "Greenwood",
            "Horsfall",
            "Sutcliffe",
            "Lister",
            "Ashby",
            "Brennan",
            "Marsh",
            "Pearson",
            "Rowley",
            "Slater",
            "Tindall",
            "Wainwright",
            "Yates",
            "Kershaw",
            "Hartley",
            "Naylor",
            "Blackburn",
            "Metcalfe",
            "Nuttall",
            "Ellison",
            "Stanhope",
        ],
    },
    Heritage {
        weight: 5,
        first: &[
            "Priya", "Anjali", "Sunita", "Deepa", "Kiran", "Ravi", "Sanjay", "Arjun", "Vikram", "Nikhil", "Meera",
            "Shreya", "Rohan", "Pooja", "Hitesh",
        ],
        surnames: &[
            "Shah", "Patel", "Sharma", "Gupta", "Mistry", "Desai", "Joshi", "Chauhan", "Nair", "Menon", "Iyer", "Rao",
        ],
    },
    Heritage {
        weight: 3,
        first: &["Harpreet", "Gurpreet", "Manjit", "Jaspreet", "Amrit", "Rupinder", "Navjot", "Simran", "Kuldeep"],
        surnames: &["Sandhu", "Gill", "Dhillon", "Bains", "Sidhu", "Grewal", "Johal"],
    },
    Heritage {
        weight: 6,
        first: &[
            "Aisha", "Fatima", "Zainab", "Imran", "Asif", "Tariq", "Bilal", "Hamza", "Sana", "Nadia", "Farhan",
            "Tanvir", "Shabana", "Rukhsana", "Yasmin", "Usman",
        ],
        surnames: &[
            "Khan",
            "Hussain",
            "Ahmed",
            "Akhtar",
            "Malik",
            "Rahman",
            "Chowdhury",
            "Miah",
            "Uddin",
            "Mahmood",
            "Qureshi",
            "Raza",
            "Aslam",
            "Siddiqui",
        ],
    },
    Heritage {
        weight: 4,
        first: &[
            "Chidi",
            "Chiamaka",
            "Ngozi",
            "Oluwaseun",
            "Adaeze",
            "Kemi",
            "Tunde",
            "Femi",
            "Yaw",
            "Kwame",
            "Abena",
            "Kofi",
            "Efua",
        ],
        surnames: &[
            "Okafor", "Okonkwo", "Adeyemi", "Adebayo", "Nwosu", "Eze", "Mensah", "Asante", "Owusu", "Boateng", "Osei",
        ],
    },
    Heritage {
        weight: 4,
        first: &[
            "Marcus", "Andre", "Jerome", "Delroy", "Marcia", "Beverley", "Sharon", "Leon", "Tyrone", "Janelle", "Kezia",
        ],
        surnames: &["Francis", "Grant", "Bailey", "Forbes", "Reid", "Henry", "Lindo", "Gayle"],
    },
    Heritage {
        weight: 1,
        first: &["Tendai", "Rutendo", "Nomvula", "Thandiwe", "Precious", "Blessing"],
        surnames: &["Moyo", "Ndlovu", "Dube", "Mutasa"],
    },
    Heritage {
        weight: 3,
        first: &["Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Tomasz", "Piotr", "Krzysztof", "Marek", "Paulina"],
        surnames: &["Nowak", "Wojcik", "Kowalczyk", "Mazur", "Krawczyk", "Wozniak", "Dudek"],
    },
    Heritage {
        weight: 2,
        first: &["Andrei", "Elena", "Ioana", "Mihai", "Bogdan", "Cristina"],
        surnames: &["Popescu", "Ionescu", "Dumitru", "Stan", "Marin"],
    },
    Heritage {
        weight: 2,
        first: &["Wei", "Mei", "Jun", "Hui", "Xin", "Yan", "Ming"],
        surnames: &["Chen", "Wang", "Zhang", "Liu", "Huang", "Wong", "Chan", "Lam", "Ng"],
    },
    Heritage { weight: 1, first: &["Thanh", "Linh", "Minh", "Hoa"], surnames: &["Nguyen", "Tran", "Pham", "Le"] },
    Heritage {
        weight: 3,
        first: &["Omar", "Yusuf", "Layla", "Mariam", "Karim", "Samir", "Leila", "Rania", "Dina", "Hassan"],
        surnames: &["Haddad", "Mansour", "Nasser", "Saleh", "Aziz", "Darwish"],
    },
    Heritage {
        weight: 1,
        first: &["Dimitris", "Eleni", "Nikos", "Sofia", "Andreas"],
        surnames: &["Georgiou", "Christodoulou", "Constantinou", "Ioannou"],
    },
    Heritage {
        weight: 1,
        first: &["Luca", "Giulia", "Marco", "Chiara", "Francesca"],
        surnames: &["Rossi", "Bianchi", "Russo", "Romano", "Esposito"],
    },
    Heritage {
        weight: 2,
        first: &["Joao", "Ines", "Tiago", "Carmen", "Javier", "Lucia"],
        surnames: &["Silva", "Santos", "Ferreira", "Costa", "Garcia", "Moreno"],
    },
];

/// How many names in a thousand pair a first name of one heritage with a
/// surname of another, as marriages and families do.
const MIXED_PER_MILLE: u32 = 40;

/// Names of well-known people that the lists could otherwise make.
const WELL_KNOWN: &[&str] = &[
    "George Harrison",
    "Grace Jones",
    "Grace Kelly",
    "Harry Hill",
    "Holly Johnson",
    "Iain Wright",
    "Imran Khan",
    "Jack Johnson",
    "Jack Jones",
    "James Taylor",
    "Lee Evans",
    "Martin Shaw",
    "Matthew Wright",
    "Nadia Hussain",
    "Owen Jones",
    "Owen Wilson",
    "Paul Smith",
    "Paul Walker",
    "Peter Cook",
    "Peter Green",
    "Peter Jones",
    "Philip Green",
    "Richard Wilson",
    "Samuel Johnson",
    "Stuart Hall",
    "Thomas Cook",
    "William Morris",
];

/// First names and another way people spell them. A person recorded once
/// under each spelling is the likely duplicate a data-health check should find.
const SPELLINGS: &[(&str, &str)] = &[
    ("Catherine", "Katherine"),
    ("Stephen", "Steven"),
    ("Rebecca", "Rebekah"),
    ("Philip", "Phillip"),
    ("Geoffrey", "Jeffrey"),
    ("Claire", "Clare"),
    ("Nicola", "Nichola"),
    ("Gillian", "Jillian"),
    ("Alison", "Allison"),
    ("Tracey", "Tracy"),
    ("Megan", "Meghan"),
    ("Graham", "Graeme"),
    ("Neil", "Neal"),
    ("Iain", "Ian"),
    ("Callum", "Calum"),
    ("Kirsty", "Kirstie"),
    ("Zoe", "Zoey"),
    ("Aisha", "Ayesha"),
    ("Imran", "Imraan"),
    ("Tariq", "Tarik"),
    ("Siobhan", "Shivaun"),
    ("Eleanor", "Elinor"),
    ("Joanne", "Joann"),
    ("Deborah", "Debra"),
    ("Lorraine", "Loraine"),
    ("Jennifer", "Jenifer"),
    ("Lee", "Leigh"),
    ("Darren", "Daren"),
    ("Stuart", "Stewart"),
    ("Matthew", "Mathew"),
    ("Oluwaseun", "Oluseun"),
    ("Agnieszka", "Agnieska"),
];

/// Names already given out, so that nobody shares a name within its scope.
#[derive(Debug, Default)]
pub(crate) struct NameBook {
    used: HashSet<u64>,
}

impl NameBook {
    /// Forgets every name given so far.
    pub fn clear(&mut self) {
        self.used.clear();
    }

    /// A name nobody in the book has yet. When the lists run short (tens of
    /// thousands of people in one organisation) a middle initial tells people apart.
    pub fn draw(&mut self, rng: &mut Rng) -> String {
        const PLAIN_TRIES: u32 = 12;
        let mut tries = 0;
        loop {
            let (first_group, first) = Self::choose(rng);
            let surname_group = if rng.per_mille(MIXED_PER_MILLE) { Self::choose_group(rng) } else { first_group };
            let heritage = &HERITAGES[surname_group];
            let surname = rng.below(heritage.surnames.len());
            let initial = if tries < PLAIN_TRIES { None } else { Some(b'A' + rng.below(26) as u8) };
            tries += 1;
            let key = (first_group as u64) << 56
                | (first as u64) << 40
                | (surname_group as u64) << 32
                | (surname as u64) << 16
                | u64::from(initial.unwrap_or(0));
            let first_name = HERITAGES[first_group].first[first];
            let surname = heritage.surnames[surname];
            if WELL_KNOWN.iter().any(|known| is_named(known, first_name, surname)) || !self.used.insert(key) {
                continue;
            }
            return match initial {
                None => format!("{first_name} {surname}"),
                Some(initial) => format!("{first_name} {}. {surname}", initial as char),
            };
        }
    }

    fn choose_group(rng: &mut Rng) -> usize {
        let weights: Vec<(usize, u32)> = HERITAGES.iter().enumerate().map(|(i, h)| (i, h.weight)).collect();
        rng.weighted(&weights)
    }

    fn choose(rng: &mut Rng) -> (usize, usize) {
        let group = Self::choose_group(rng);
        (group, rng.below(HERITAGES[group].first.len()))
    }
}

/// Whether `full` is `first` followed by `surname`.
fn is_named(full: &str, first: &str, surname: &str) -> bool {
    full.strip_prefix(first).and_then(|rest| rest.strip_prefix(' ')) == Some(surname)
}

/// The part of an email address before the `@`: "Siobhan O'Brien" becomes
/// "siobhan.obrien", "Sarah K. Smith" becomes "sarah.k.smith".
pub(crate) fn email_local(name: &str) -> String {
    let mut local = String::with_capacity(name.len());
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '-' {
            local.push(c.to_ascii_lowercase());
        } else if (c == ' ' || c == '.') && !local.is_empty() && !local.ends_with('.') {
            local.push('.');
        }
    }
    local.trim_end_matches('.').to_string()
}

/// The same name with its first name spelled another way, if it has one.
pub(crate) fn respelled(name: &str) -> Option<String> {
    let (first, rest) = name.split_once(' ')?;
    SPELLINGS.iter().find_map(|&(one, other)| {
        let spelled = if first == one {
            other
        } else if first == other {
            one
        } else {
            return None;
        };
        Some(format!("{spelled} {rest}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::Stream;

    #[test]
    fn emails_are_lower_case_letters_and_dots() {
        assert_eq!(email_local("Siobhan O'Brien"), "siobhan.obrien");
        assert_eq!(email_local("Sarah K. Smith"), "sarah.k.smith");
        assert_eq!(email_local("Anne-Marie Shaw"), "anne-marie.shaw");
    }

    #[test]
    fn names_in_one_book_are_unique_even_when_the_lists_run_short() {
        let mut book = NameBook::default();
        let mut rng = Rng::new(5, Stream::People);
        let names: Vec<String> = (0..30_000).map(|_| book.draw(&mut rng)).collect();
        let distinct: HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert!(names.iter().all(|name| !WELL_KNOWN.contains(&name.as_str())));
    }

    #[test]
    fn the_lists_hold_each_name_once_in_one_spelling() {
        // A name in two groups could be drawn twice under different keys.
        let firsts: Vec<&str> = HERITAGES.iter().flat_map(|h| h.first.iter().copied()).collect();
        let surnames: Vec<&str> = HERITAGES.iter().flat_map(|h| h.surnames.iter().copied()).collect();
        assert_eq!(firsts.iter().collect::<HashSet<_>>().len(), firsts.len());
        assert_eq!(surnames.iter().collect::<HashSet<_>>().len(), surnames.len());
        assert!(firsts.iter().chain(&surnames).all(|name| name.is_ascii()));
        for (one, other) in SPELLINGS {
            assert!(!(firsts.contains(one) && firsts.contains(other)), "both {one} and {other} are listed");
        }
    }

    #[test]
    fn a_respelled_name_keeps_the_surname() {
        assert_eq!(respelled("Catherine Shaw").as_deref(), Some("Katherine Shaw"));
        assert_eq!(respelled("Ian K. Ross").as_deref(), Some("Iain K. Ross"));
        assert_eq!(respelled("Oliver Shaw"), None);
    }
}
