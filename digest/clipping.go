package digest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
)

// TextSource says what a clipping's Text is, and so what its offsets point
// into.
const (
	TextSourceFile = "file" // the file exactly as read (.txt, .md)
	TextSourceHTML = "html" // the article text extracted from an HTML page
)

// BlockKind classifies a block of a clipping's text after cleaning.
type BlockKind int

// The kinds of block the cleaner keeps. Furniture is dropped, not kept.
const (
	BlockBody     BlockKind = iota // article prose
	BlockHeadline                  // the headline (or the subtitle standing in its place)
)

// Block is a span of a clipping's Text that survived cleaning: a paragraph of
// the article, possibly joined across a blank line the clipper inserted in
// the middle of a sentence. Line breaks inside a block are read as spaces.
type Block struct {
	Span Span
	Kind BlockKind
}

// Clipping is one article as read from a file, a feed item or a chat message:
// its text, what cleaning kept of it, its metadata and its statements.
type Clipping struct {
	ID         int64  // set by the store
	Path       string // file path as given, feed item URL or "chat:<id>"
	URL        string // the article's own URL, when known
	Headline   string
	Outlet     string    // publisher: "The Moscow Times", "RFE/RL"
	Author     string    // byline, when known
	Published  time.Time // zero when unknown; a date in UTC at midnight when only the day is known
	Tags       []string
	Raw        []byte // the input as read, before any conversion
	Text       string // the text all spans point into: Raw itself (markdown emphasis marks blanked), or the article text of an HTML page
	TextSource string // TextSourceFile or TextSourceHTML
	Blocks     []Block
	Statements []Statement
	Added      time.Time // when the store first saved it
	// Notes are what reading the clipping set aside that its user should
	// hear of (an unreadable publication date), one line each.
	Notes []string
}

// Hash returns the hex SHA-256 of the clipping's Text: the identity used to
// tell the same clipping from a new one.
func (c *Clipping) Hash() string {
	sum := sha256.Sum256([]byte(c.Text))
	return hex.EncodeToString(sum[:])
}

// PublishedDate returns the publication date as a Date, unknown when the
// clipping has none.
func (c *Clipping) PublishedDate() Date {
	if c.Published.IsZero() {
		return Date{Precision: PrecisionUnknown}
	}
	return DayDate(c.Published)
}

// BlockText returns the text of b with line breaks and runs of white space
// folded to single spaces.
func (c *Clipping) BlockText(b Block) string {
	return FoldSpace(c.Text[b.Span[0]:b.Span[1]])
}

// FoldSpace returns s with every run of white space (including line breaks)
// replaced by one space and the ends trimmed.
func FoldSpace(s string) string {
	if folded(s) {
		return s
	}
	var out strings.Builder
	out.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			space = out.Len() > 0
		default:
			if space {
				out.WriteByte(' ')
				space = false
			}
			out.WriteByte(s[i])
		}
	}
	return out.String()
}

// folded reports whether FoldSpace would leave s as it is: no white space
// but single spaces between other bytes.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case '\t', '\n', '\r', '\v', '\f':
			return false
		}
	}
	return true
}

// Received is what is known of a text sent to the bot (/add, a forwarded
// message) besides the text.
type Received struct {
	// At is when it was sent (for a forward, when the original was posted,
	// where Telegram gives it): the clipping's publication date when the
	// text gives none, so that what was just added sorts with the news.
	At time.Time
	// Outlet is a forward's origin channel or group title: the clipping's
	// outlet when the text names none.
	Outlet string
}
