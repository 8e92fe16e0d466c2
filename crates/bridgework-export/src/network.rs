//! The network as GraphML and GEXF describe it: nodes with attributes and a
//! position, undirected edges, one per pair of nodes.

/// An undirected network, ready to write.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Network {
    /// What the file shows, in a sentence (the map, the level, the filters).
    pub description: String,
    /// The day the figures are for, `YYYY-MM-DD`.
    pub day: String,
    pub nodes: Vec<Node>,
    /// At most one edge per pair of nodes.
    pub edges: Vec<Edge>,
}

/// One organisation, team or person.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// The file's node id: `org:ID`, `team:ID` or `person:ID`, unique.
    pub key: String,
    pub label: String,
    /// The attributes, in the order of [`NODE_ATTRIBUTES`]; `None` when the
    /// node has no such value (the file then leaves it out).
    pub values: [Option<Value>; NODE_ATTRIBUTES.len()],
    pub colour: Colour,
    pub x: f64,
    pub y: f64,
    pub size: f64,
}

/// One pair of nodes and what joins them.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// Indices into [`Network::nodes`].
    pub source: usize,
    pub target: usize,
    /// The summed strength of the ties: GEXF's and Gephi's `weight`.
    pub weight: f64,
    /// In the order of [`EDGE_ATTRIBUTES`].
    pub values: [Option<Value>; EDGE_ATTRIBUTES.len()],
}

/// An attribute's value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Text(String),
    Whole(u64),
    Number(f64),
}

/// The type of an attribute, as both formats name their types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Text,
    Whole,
    Number,
}

impl Type {
    /// GraphML's `attr.type` and GEXF's `type`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Type::Text => "string",
            Type::Whole => "long",
            Type::Number => "double",
        }
    }
}

/// A node attribute: its name in the file, its type and what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribute {
    pub name: &'static str,
    pub kind: Type,
    pub meaning: &'static str,
}

const fn attribute(name: &'static str, kind: Type, meaning: &'static str) -> Attribute {
    Attribute { name, kind, meaning }
}

/// The attributes every node may carry, in the files' order.
pub const NODE_ATTRIBUTES: [Attribute; 9] = [
    attribute("spreadsheet_id", Type::Text, "the id in the spreadsheet"),
    attribute("type", Type::Text, "organisation, team or person"),
    attribute("organisation", Type::Text, "the organisation's name"),
    attribute("team", Type::Text, "a person's team, or a team's parent team"),
    attribute("level", Type::Text, "a person's seniority level"),
    attribute("role", Type::Text, "a person's job title"),
    attribute("kind", Type::Text, "an organisation's kind"),
    attribute("people", Type::Whole, "people in post the node stands for"),
    attribute("colour", Type::Text, "the colour drawn, #rrggbb"),
];

/// The attributes every edge may carry, in the files' order.
pub const EDGE_ATTRIBUTES: [Attribute; 5] = [
    attribute("ties", Type::Whole, "ties between the two"),
    attribute("kinds", Type::Text, "their kinds, separated by \"; \""),
    attribute("latest_contact", Type::Text, "the latest contact over those ties, YYYY-MM-DD"),
    attribute("category", Type::Text, "the weak-link category of a team or organisation pair"),
    attribute("redundancy", Type::Whole, "direct redundancy: the most direct ties that share no person"),
];

/// A colour as `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour {
    pub red: u8,
    pub green: u8,
    pub blue: u8,
}

impl Colour {
    /// Reads `#rrggbb` (or `#rgb`); `None` for anything else.
    pub fn from_hex(text: &str) -> Option<Colour> {
        let hex = text.strip_prefix('#')?;
        let digit = |i: usize, width: usize| u8::from_str_radix(hex.get(i..i + width)?, 16).ok();
        match hex.len() {
            6 => Some(Colour { red: digit(0, 2)?, green: digit(2, 2)?, blue: digit(4, 2)? }),
            3 => Some(Colour { red: digit(0, 1)? * 17, green: digit(1, 1)? * 17, blue: digit(2, 1)? * 17 }),
            _ => None,
        }
    }
}

impl std::fmt::Display for Colour {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.red, self.green, self.blue)
    }
}

impl Value {
    /// The value as the files write it.
    pub(crate) fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Value::Text(text) => crate::xml::legal(text),
            Value::Whole(n) => n.to_string().into(),
            Value::Number(x) => x.to_string().into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Colour;

    #[test]
    fn colours_read_from_six_or_three_hex_digits_only() {
        assert_eq!(Colour::from_hex("#0072b2"), Some(Colour { red: 0, green: 0x72, blue: 0xb2 }));
        assert_eq!(Colour::from_hex("#fff"), Some(Colour { red: 255, green: 255, blue: 255 }));
        assert_eq!(Colour::from_hex("#fff").unwrap().to_string(), "#ffffff");
        for bad in ["0072b2", "#0072b", "#ggg", "#é12345", ""] {
            assert_eq!(Colour::from_hex(bad), None, "{bad}");
        }
    }
}
