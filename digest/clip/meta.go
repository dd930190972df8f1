package clip

import (
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	dateparser "github.com/markusmobius/go-dateparser"
	"github.com/whosaid/whosaid/digest"
	yaml "go.yaml.in/yaml/v3"
)

// meta is what a clipping says about itself, from the strongest source
// (front matter, HTML metadata) to the weakest (lines of the text).
type meta struct {
	title, outlet, author, url string
	titleSpan                  digest.Span // where the front matter's title value lies in the text, when verbatim
	published                  time.Time
	tags                       []string
	blocks                     []digest.Block
	textHeadline               string
	textOutlet                 string
	textPublished              string
	textAuthor                 string
	notes                      []string // for Clipping.Notes
}

// merge takes the cleaner's findings into m.
func (m *meta) merge(c cleaned) {
	m.blocks = c.blocks
	m.textHeadline, m.textOutlet, m.textPublished, m.textAuthor = c.headline, c.outlet, c.published, c.author
}

// apply sets c's blocks and metadata: front matter or HTML metadata first,
// then what the text says, then opts.
func (m *meta) apply(c *digest.Clipping, opts Options) {
	c.Blocks = m.blocks
	if !m.titleSpan.Empty() && !hasHeadline(c.Blocks) {
		// The body does not repeat the front matter's title: the title
		// itself, where it stands in the file, is the headline block.
		c.Blocks = append([]digest.Block{{Span: m.titleSpan, Kind: digest.BlockHeadline}}, c.Blocks...)
	}
	c.Headline = first(m.title, m.textHeadline)
	c.Author = first(m.author, m.textAuthor)
	c.Tags = m.tags
	if c.URL == "" {
		c.URL = m.url
	}
	c.Outlet = first(m.outlet, outletName(m.textOutlet), strings.TrimSpace(opts.Outlet))
	if c.Outlet == "" && c.URL != "" {
		c.Outlet = hostOutlet(c.URL)
	}
	if c.Outlet == "" {
		// A wire story carried with no other sign of its publisher: the
		// agency of its dateline.
		c.Outlet = datelineOutlet(c)
	}
	c.Notes = m.notes
	c.Published = m.published
	if c.Published.IsZero() && m.textPublished != "" {
		c.Published, _ = parseDate(m.textPublished)
	}
	if c.Published.IsZero() && !opts.Published.IsZero() {
		c.Published = day(opts.Published)
	}
}

// hasHeadline reports whether blocks hold a headline.
func hasHeadline(blocks []digest.Block) bool {
	for _, b := range blocks {
		if b.Kind == digest.BlockHeadline {
			return true
		}
	}
	return false
}

// first returns the first non-empty string.
func first(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// frontMatter parses the YAML front matter at the start of a Markdown
// clipping and returns its metadata and the offset where the body starts.
// Text without front matter, or with front matter that is not YAML, has its
// body at 0.
func frontMatter(text string) (meta, int) {
	var m meta
	s := strings.TrimPrefix(text, "\ufeff")
	skip := len(text) - len(s)
	if !strings.HasPrefix(s, "---\n") && !strings.HasPrefix(s, "---\r\n") {
		return m, 0
	}
	open := strings.IndexByte(s, '\n') + 1
	yamlEnd, body := -1, -1
	for i := open; i < len(s); {
		end := strings.IndexByte(s[i:], '\n')
		if end < 0 {
			end = len(s)
		} else {
			end += i
		}
		if line := strings.TrimRight(s[i:end], " \t\r"); line == "---" || line == "..." {
			yamlEnd, body = i, min(end+1, len(s))
			break
		}
		i = end + 1
	}
	if yamlEnd < 0 {
		return m, 0
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(s[open:yamlEnd]), &doc); err != nil {
		return m, 0
	}
	if len(doc.Content) == 1 && doc.Content[0].Kind == yaml.MappingNode {
		fields := doc.Content[0].Content
		for i := 0; i+1 < len(fields); i += 2 {
			key := strings.ToLower(fields[i].Value)
			m.set(key, fields[i+1])
			if key == "title" || key == "headline" {
				m.titleSpan = valueSpan(text, skip+open, fields[i+1])
			}
		}
	}
	return m, skip + body
}

// valueSpan returns the span of a scalar's text in text, where the YAML
// document starts at offset base, when the text there is the value verbatim
// (no escapes, no folding); else an empty span.
func valueSpan(text string, base int, v *yaml.Node) digest.Span {
	if v.Kind != yaml.ScalarNode || v.Value == "" || v.Line < 1 || v.Column < 1 {
		return digest.Span{}
	}
	at := base
	for l := 1; l < v.Line; l++ {
		nl := strings.IndexByte(text[at:], '\n')
		if nl < 0 {
			return digest.Span{}
		}
		at += nl + 1
	}
	at += v.Column - 1
	if v.Style == yaml.DoubleQuotedStyle || v.Style == yaml.SingleQuotedStyle {
		at++
	}
	if at+len(v.Value) > len(text) || text[at:at+len(v.Value)] != v.Value {
		return digest.Span{}
	}
	return digest.Span{at, at + len(v.Value)}
}

// set records one front matter property.
func (m *meta) set(key string, v *yaml.Node) {
	vals := scalars(v)
	one := ""
	if len(vals) > 0 {
		one = vals[0]
	}
	switch key {
	case "title", "headline":
		m.title = one
	case "source", "url", "link", "canonical":
		if u, err := url.Parse(one); err == nil && u.Host != "" && m.url == "" {
			m.url = one
		}
	case "site", "outlet", "publisher", "site_name", "sitename", "publication":
		m.outlet = outletName(one)
	case "author", "authors", "byline":
		m.author = strings.Join(vals, ", ")
	case "published", "date", "pubdate", "published_at":
		if t, ok := parseDate(one); ok {
			m.published = t
		} else if one != "" {
			m.notes = append(m.notes, fmt.Sprintf("%s: %q is not a date whosaid reads (YYYY-MM-DD, years 1 to 9999); the clipping is kept without it", key, shortValue(one)))
		}
	case "created":
		if t, ok := parseDate(one); ok && m.published.IsZero() {
			m.published = t
		}
	case "tags", "keywords":
		m.tags = vals
	}
}

// scalars returns the text values of a scalar or a sequence of scalars, with
// Obsidian's [[wiki link]] brackets removed.
func scalars(v *yaml.Node) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s), "[["), "]]"))
		if s != "" {
			out = append(out, s)
		}
	}
	switch v.Kind {
	case yaml.ScalarNode:
		add(v.Value)
	case yaml.SequenceNode:
		for _, e := range v.Content {
			if e.Kind == yaml.ScalarNode {
				add(e.Value)
			}
		}
	}
	return out
}

// dateLayouts are the date forms parsed without the general date parser.
var dateLayouts = []string{
	"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04",
	"January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006",
	"Monday, January 2, 2006", "Mon, Jan 2, 2006", time.RFC1123, time.RFC1123Z,
}

// parseDate parses a publication date written in any common way and returns
// its calendar day at midnight UTC. The general parser (go-dateparser) is
// only asked when no fixed layout fits.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return day(t), true
		}
	}
	cfg := &dateparser.Configuration{
		Languages:           []string{"en"},
		PreferredDayOfMonth: dateparser.First,
		CurrentTime:         time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC),
		StrictParsing:       true,
		RequiredParts:       []string{"year", "month", "day"},
	}
	d, err := dateparser.Parse(cfg, s)
	if err != nil || d.Time.IsZero() {
		return time.Time{}, false
	}
	return day(d.Time), true
}

// day returns t's calendar day (in t's own zone) at midnight UTC.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// outletNames maps other spellings of publishers to the names used in
// digests.
var outletNames = map[string]string{
	"anadolu ajansı":                  "Anadolu Agency",
	"anadolu ajansi":                  "Anadolu Agency",
	"aa":                              "Anadolu Agency",
	"associated press":                "AP",
	"the associated press":            "AP",
	"agence france-presse":            "AFP",
	"agence france presse":            "AFP",
	"radio free europe/radio liberty": "RFE/RL",
	"rferl":                           "RFE/RL",
	"moscow times":                    "The Moscow Times",
	"russia today":                    "RT",
	"rt international":                "RT",
}

// outletName returns the publisher name used in digests for name.
func outletName(name string) string {
	name = strings.TrimSpace(name)
	if n, ok := outletNames[strings.ToLower(name)]; ok {
		return n
	}
	return name
}

// hostOutlets maps web hosts (without "www.") to publisher names.
var hostOutlets = map[string]string{
	"rferl.org":           "RFE/RL",
	"themoscowtimes.com":  "The Moscow Times",
	"rt.com":              "RT",
	"aa.com.tr":           "Anadolu Agency",
	"tass.com":            "TASS",
	"tass.ru":             "TASS",
	"interfax.com":        "Interfax",
	"interfax.ru":         "Interfax",
	"reuters.com":         "Reuters",
	"apnews.com":          "AP",
	"bbc.com":             "BBC",
	"bbc.co.uk":           "BBC",
	"theguardian.com":     "The Guardian",
	"nytimes.com":         "The New York Times",
	"washingtonpost.com":  "The Washington Post",
	"politico.com":        "Politico",
	"politico.eu":         "Politico Europe",
	"usatoday.com":        "USA Today",
	"huffpost.com":        "HuffPost",
	"huffingtonpost.com":  "HuffPost",
	"breitbart.com":       "Breitbart",
	"westernjournal.com":  "The Western Journal",
	"cnn.com":             "CNN",
	"aljazeera.com":       "Al Jazeera",
	"bloomberg.com":       "Bloomberg",
	"ft.com":              "Financial Times",
	"wsj.com":             "The Wall Street Journal",
	"meduza.io":           "Meduza",
	"kyivindependent.com": "The Kyiv Independent",
	"novayagazeta.eu":     "Novaya Gazeta Europe",
	"euronews.com":        "Euronews",
	"dw.com":              "DW",
	"france24.com":        "France 24",
	"npr.org":             "NPR",
	"foxnews.com":         "Fox News",
	"nbcnews.com":         "NBC News",
	"cbsnews.com":         "CBS News",
	"abcnews.go.com":      "ABC News",
	"independent.co.uk":   "The Independent",
	"telegraph.co.uk":     "The Telegraph",
	"ria.ru":              "RIA Novosti",
	"kommersant.ru":       "Kommersant",
	"newsweek.com":        "Newsweek",
	"axios.com":           "Axios",
	"thehill.com":         "The Hill",
	"economist.com":       "The Economist",
	"kremlin.ru":          "Kremlin",
	"en.kremlin.ru":       "Kremlin",
	"mid.ru":              "Russian Foreign Ministry",
	"english.news.cn":     "Xinhua",
	"globaltimes.cn":      "Global Times",
	"japantimes.co.jp":    "The Japan Times",
	"timesofisrael.com":   "The Times of Israel",
	"haaretz.com":         "Haaretz",
	"dailysabah.com":      "Daily Sabah",
	"middleeasteye.net":   "Middle East Eye",
	"scmp.com":            "South China Morning Post",
	"straitstimes.com":    "The Straits Times",
	"afp.com":             "AFP",
	"ukrinform.net":       "Ukrinform",
	"pravda.com.ua":       "Ukrainska Pravda",
	"kyivpost.com":        "Kyiv Post",
	"rbc.ru":              "RBC",
	"vedomosti.ru":        "Vedomosti",
	"currenttime.tv":      "Current Time",
	"svoboda.org":         "Radio Svoboda",
}

// hostOutlet returns the publisher of the page at rawURL: a known name for
// its host, else the host itself without "www.".
func hostOutlet(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	for h := host; h != ""; {
		if name, ok := hostOutlets[h]; ok {
			return name
		}
		dot := strings.IndexByte(h, '.')
		if dot < 0 || strings.IndexByte(h[dot+1:], '.') < 0 {
			break
		}
		h = h[dot+1:]
	}
	return host
}

// shortValue cuts a value quoted in a note to a readable length.
func shortValue(s string) string {
	if len(s) <= 40 {
		return s
	}
	cut := 40
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
