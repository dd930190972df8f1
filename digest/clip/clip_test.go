package clip

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest"
	yaml "go.yaml.in/yaml/v3"
)

// blockTexts returns the folded text of each block of c.
func blockTexts(c *digest.Clipping) []string {
	out := make([]string, len(c.Blocks))
	for i, b := range c.Blocks {
		out[i] = c.BlockText(b)
	}
	return out
}

// checkBlocks fails t unless c's blocks are non-empty, trimmed, in-order,
// non-overlapping spans of c.Text.
func checkBlocks(t testing.TB, c *digest.Clipping) {
	t.Helper()
	prev := 0
	for i, b := range c.Blocks {
		if b.Span[0] < prev || b.Span[1] <= b.Span[0] || b.Span[1] > len(c.Text) {
			t.Fatalf("block %d span %v out of order or outside text of %d bytes (previous end %d)", i, b.Span, len(c.Text), prev)
		}
		if s, e := trimSpan(c.Text, b.Span[0], b.Span[1]); s != b.Span[0] || e != b.Span[1] {
			t.Fatalf("block %d span %v not trimmed", i, b.Span)
		}
		prev = b.Span[1]
	}
}

// fold normalises quotes, dashes and white space for comparing texts.
func fold(s string) string {
	s = strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", "—", "-", "–", "-", "\u00a0", " ").Replace(s)
	return digest.FoldSpace(s)
}

// goldFile is the part of testdata/seeds/gold.yaml these tests read.
type goldFile struct {
	Clippings []struct {
		File       string
		Headline   *string
		Outlet     string
		Published  string
		Statements []struct {
			Content string
		}
		NotStatements []string `yaml:"not_statements"`
	}
}

// seedFurniture is page furniture in the seeds that the issue names besides
// gold.yaml's not_statements: none of it may be in a block.
var seedFurniture = []string{
	"Accessibility links", "Breaking News", "16x9 Image", "journalists report the news",
	"Support The Moscow Times!", "Kremlin Press Service", "kremlin.ru",
	"Sign up for our free weekly newsletter", "Our weekly newsletter contains", "Subscribers agree to the Privacy Policy",
	"A Message from The Moscow Times", "Dear readers", "We are facing unprecedented challenges", "discredits the decisions",
	"Your support, no matter how small", "By supporting The Moscow Times", "Not ready to support today?", "Remind me later.",
	"paiment methods", "Published on March 11, 2025", "Document Date:", "Category:", ",Snippets", "Show on website", "Sources Anadolu",
}

// articleProse are gold not_statements that are article sentences (no
// statement because of a negation), not furniture: they stay in blocks.
var articleProse = map[string]bool{"either the BuzzFeed report or the Kremlin comments": true}

// seedButtons are button lines: no block may be one of them.
var seedButtons = []string{"Once", "Monthly", "Annual", "Continue", "Read more"}

// TestSeeds checks the five seed clippings, as raw text and as front-matter
// Markdown: furniture outside every block, every gold statement's content
// inside one, and the metadata gold.yaml gives.
func TestSeeds(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/seeds/gold.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var gold goldFile
	if err := yaml.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	if len(gold.Clippings) != 5 {
		t.Fatalf("gold.yaml has %d clippings, want 5", len(gold.Clippings))
	}
	for _, g := range gold.Clippings {
		base := strings.TrimSuffix(g.File, ".txt")
		for _, path := range []string{"../../testdata/seeds/" + g.File, "../../testdata/clippings/" + base + ".md"} {
			t.Run(filepath.Base(path), func(t *testing.T) {
				c, err := ReadFile(path, Options{})
				if err != nil {
					t.Fatal(err)
				}
				checkBlocks(t, c)
				texts := blockTexts(c)
				all := fold(strings.Join(texts, "\n"))
				for _, f := range append(append([]string{}, g.NotStatements...), seedFurniture...) {
					if articleProse[f] {
						continue
					}
					if strings.Contains(all, fold(f)) {
						t.Errorf("furniture %q is in a block", f)
					}
				}
				for _, b := range texts {
					for _, btn := range seedButtons {
						if b == btn {
							t.Errorf("button %q is a block", btn)
						}
					}
				}
				for _, s := range g.Statements {
					found := false
					for _, b := range texts {
						found = found || strings.Contains(fold(b), fold(s.Content))
					}
					if !found {
						t.Errorf("statement content %q is in no block", s.Content)
					}
				}
				md := strings.HasSuffix(path, ".md")
				wantHeadline := ""
				if g.Headline != nil {
					wantHeadline = *g.Headline
				}
				// Where the clipping starts with its subtitle (gold: no
				// headline), that first line, standing apart from the
				// paragraphs under it, is what the clipping has for a
				// title, and the digest titles the story with it.
				if b := c.Blocks; wantHeadline == "" && len(b) > 0 && b[0].Kind == digest.BlockHeadline && fold(c.Text[b[0].Span[0]:b[0].Span[1]]) == fold(c.Headline) {
					wantHeadline = c.Headline
				}
				if fold(c.Headline) != fold(wantHeadline) {
					t.Errorf("headline %q, want %q", c.Headline, wantHeadline)
				}
				// The raw text of 001 does not name its outlet; the
				// Markdown's front matter does.
				if wantOutlet := g.Outlet; (md || base[:3] != "001") && c.Outlet != wantOutlet {
					t.Errorf("outlet %q, want %q", c.Outlet, wantOutlet)
				}
				// Only 003 and the front matter give a date.
				var gotDate string
				if !c.Published.IsZero() {
					gotDate = c.Published.Format("2006-01-02")
				}
				if wantDate := g.Published; (md || base[:3] == "003") && gotDate != wantDate || !md && base[:3] != "003" && gotDate != "" {
					t.Errorf("published %q, want %q", gotDate, wantDate)
				}
			})
		}
	}
}

// TestSeedJoins checks that seed 003's sentences broken over blank lines are
// each one block.
func TestSeedJoins(t *testing.T) {
	c, err := ReadFile("../../testdata/seeds/003_f3e1aca80388200e.txt", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"the road to fully rebuilding the bilateral relationship will be long and challenging.",
		"Additionally, Peskov reiterated Russia's commitment",
	} {
		found := false
		for _, b := range blockTexts(c) {
			found = found || strings.Contains(fold(b), fold(want))
		}
		if !found {
			t.Errorf("no block holds %q", want)
		}
	}
}

// TestClean has one case per cleaning rule: the blocks kept, in order.
func TestClean(t *testing.T) {
	const body = "Peskov told reporters on Tuesday that the talks had stalled."
	const body2 = "“We would like to see more movement,” he said."
	tests := []struct {
		name string
		text string
		want []string // block texts; a leading "H:" marks the headline
	}{
		{"paragraphs", body + "\n\n" + body2 + "\n", []string{body, body2}},
		{"one line a paragraph", body + "\n" + body2, []string{body, body2}},
		{"crlf and nbsp", body + "\u00a0\r\n\r\n" + body2 + "\r\n", []string{body, body2}},
		{"headline", "Kremlin Says Talks Going Nowhere Fast\n\n" + body, []string{"H:Kremlin Says Talks Going Nowhere Fast", body}},
		{"subtitle is no headline", "Finding a way out will take time, Peskov has said\n" + body, []string{"Finding a way out will take time, Peskov has said", body}},
		{"accessibility and breaking news", "Accessibility links\n\nBreaking News\n\nKremlin Says Talks Stalled Again\n\n" + body, []string{"H:Kremlin Says Talks Stalled Again", body}},
		{"duplicated caption", body + "\n\nA man shakes hands with another man in Hamburg, Germany, on July 7.\nA man shakes hands with another man in Hamburg, Germany, on July 7.\n\n" + body2, []string{body, body2}},
		{"a caption that says it is one", body + "\n\nMedia caption Peskov told reporters the talks with the delegation from Washington had stalled again on Tuesday\n\nImage caption: The delegation arrives\n\n" + body2, []string{body, body2}},
		{"a caption's words in prose kept", body + "\n\nImage captions were written by the agency, its editor said.", []string{body, "Image captions were written by the agency, its editor said."}},
		{"duplicated long paragraph keeps one", strings.Repeat("word ", 45) + "end.\n" + strings.Repeat("word ", 45) + "end.", []string{strings.Repeat("word ", 45) + "end."}},
		{"duplicated title keeps one", "Kremlin Says Talks Stalled Again\nKremlin Says Talks Stalled Again\n\n" + body, []string{"H:Kremlin Says Talks Stalled Again", body}},
		{"press service credit", body + "\n\nDmitry Peskov / Kremlin Press Service\n\n" + body2, []string{body, body2}},
		{"domain photo credit", body + "\n\nKremlin spokesman Dmitry Peskov. kremlin.ru\n\n" + body2, []string{body, body2}},
		{"agency photo credit", body + "\n\nJohn Moore/Getty Images.\n\n" + body2, []string{body, body2}},
		{"short caption line", body + "\n\nThe Kremlin in winter\n\n" + body2, []string{body, body2}},
		{"a short line saying in the past is prose without its stop", "Talks Go On\n\nPeskov met reporters.\n\nPeskov said the talks would go on", []string{"H:Talks Go On", "Peskov met reporters.", "Peskov said the talks would go on"}},
		{"a quote with its cue last, stop lost", "Talks Go On\n\nPeskov met reporters.\n\n“We are ready,” Peskov told them\n\nHe left at noon.", []string{"H:Talks Go On", "Peskov met reporters.", "“We are ready,” Peskov told them", "He left at noon."}},
		{"a caption in the present still goes", "Talks Go On\n\nPeskov met reporters.\n\nPeskov speaks to reporters in Moscow\n\nHe left at noon.", []string{"H:Talks Go On", "Peskov met reporters.", "He left at noon."}},
		{"a saying line without its stop ends an article", body + "\n\n“We will not give in,” Mayor Ann Lee said", []string{body, "“We will not give in,” Mayor Ann Lee said"}},
		{"a saying line without its stop and the sentence after it", body + "\n\nMayor Ann Lee said the vote was a win for the whole city\n\nThe vote is on Friday.", []string{body, "Mayor Ann Lee said the vote was a win for the whole city", "The vote is on Friday."}},
		{"a line cut inside a quote still goes", "Talks Go On\n\nPeskov met reporters.\n\n“Wait,” Peskov said, “until\n\nHe left at noon.", []string{"H:Talks Go On", "Peskov met reporters.", "He left at noon."}},
		{"image line", body + "\n\n  • 16x9 Image\n\n" + body2, []string{body, body2}},
		{"markdown image", body + "\n\n![Peskov](https://example.test/p.jpg)\n\n" + body2, []string{body, body2}},
		{"newsletter", body + "\n\nSign up for our free weekly newsletter\n\nOur weekly newsletter contains a hand-picked selection of news. You will receive it in your mailbox every Friday.\nSubscribers agree to the Privacy Policy\n\n" + body2, []string{body, body2}},
		{"donation appeal to the end", body + "\n\nA Message from The Example Times:\n\nDear readers,\n\nWe are facing unprecedented challenges. The authorities claim our work \"discredits the leadership.\"\n\nYour support makes a world of difference.\n\nOnce\nMonthly\nContinue\nNot ready to support today?\nRemind me later.\n\nRead more", []string{body}},
		{"appeal ends at prose without you or we", body + "\n\nDear readers,\n\nPlease support us today.\n\nThe Kremlin knew the answer, Peskov told reporters on Monday.", []string{body, "The Kremlin knew the answer, Peskov told reporters on Monday."}},
		{"appeal ends at prose", "Support The Example Times!\n\nKremlin Says Talks Stalled Again\n\n" + body, []string{"H:Kremlin Says Talks Stalled Again", body}},
		{"byline", "Kremlin Says Talks Stalled Again\n\nBy Jane Doe and John Roe\n\n" + body, []string{"H:Kremlin Says Talks Stalled Again", body}},
		{"related headlines under a label", body + "\n\n\"Related:\"\n\nMayor Says Budget Talks Are Going Nowhere.\n\nCouncil Member: I Am Not Much Of A Rebel.\n\n" + body2, []string{body, body2}},
		{"a run of headlines without a label", body + "\n\nMayor Says Budget Talks Are Going Nowhere.\n\nCouncil Member: I Am Not Much Of A Rebel.\n\nHarbor Plan Wins Backing From Every Ward.\n\n" + body2, []string{body, body2}},
		{"cookie notice", body + "\n\nThis website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt out if you wish.\n\n" + body2, []string{body, body2}},
		{"cookies in the news kept", body + "\n\nAdvertisers use cookies to follow readers from one site to the next, the regulator said.", []string{body, "Advertisers use cookies to follow readers from one site to the next, the regulator said."}},
		{"buttons", body + "\n\nContinue\n\nRead more\n\n" + body2, []string{body, body2}},
		{"self description", body + "\n\nRFE/RL journalists report the news in 27 languages in 23 countries where a free press is banned.", []string{body}},
		{"aggregator header", "Kremlin says relationship in early stages\n\nPublished on March 11, 2025\n\nDocument Date: Sun, Aug 03 2025 03:37:46 pm\n\nCategory: ,English,International -\n\n,Snippets\n\nShow on website: Click Here\n\nSources Anadolu Ajansı\n\n" + body, []string{"H:Kremlin says relationship in early stages", body}},
		{"sentence broken over a blank line", "Peskov said the road to rebuilding the bilateral\n\nrelationship will be long.\n\n" + body, []string{"Peskov said the road to rebuilding the bilateral relationship will be long.", body}},
		{"published prose kept", body + "\n\nPublished reports say the talks stalled.", []string{body, "Published reports say the talks stalled."}},
		{"sources prose kept", body + "\n\nSources close to the Kremlin\n\n" + body2, []string{body, body2}},
		{"lines wrapped with blank lines between", "The council met in the old hall on Tuesday evening, when the\n\nmayor read out the report of the engineers about the bridge and\n\nCouncillor Lind asked how long the repairs would take to finish.\n\n" + body,
			[]string{"The council met in the old hall on Tuesday evening, when the mayor read out the report of the engineers about the bridge and Councillor Lind asked how long the repairs would take to finish.", body}},
		{"a short line is not a wrapped one", "Peskov spoke to reporters\n\nafter the talks\n\nThe Kremlin said nothing.", []string{"Peskov spoke to reporters after the talks", "The Kremlin said nothing."}},
		{"no join after a full stop", body + "\n\nmoreover the talks went on.", []string{body, "moreover the talks went on."}},
		{"colon line kept", "Peskov told reporters:\n\n“We are ready.”", []string{"Peskov told reporters:", "“We are ready.”"}},
		{"short quote kept", body + "\n\n“No.”\n\n" + body2, []string{body, "“No.”", body2}},
		{"markdown quote and list marks", body + "\n\n> “We are ready to talk,” Peskov said.\n\n- Lavrov said the talks would go on.\n* Rubio said nothing new.", []string{body, "“We are ready to talk,” Peskov said.", "Lavrov said the talks would go on.", "Rubio said nothing new."}},
		{"markdown link lines", body + "\n\n[Kremlin Says Talks Stalled](https://example.test/a)\n\n- [Read more](https://example.test/b)\n\n[![](https://example.test/i.jpg)](https://example.test/c)\n\n" + body2, []string{body, body2}},
		{"italic domain credit", body + "\n\n*Kremlin spokesman Dmitry Peskov. kremlin.ru*\n\n" + body2, []string{body, body2}},
		{"hashtag is no heading", body + "\n\n#Kremlin said the talks had stalled again.", []string{body, "#Kremlin said the talks had stalled again."}},
		{"hard wrapped", strings.Repeat("The spokesman said that the talks between the two sides had\nstalled and that nobody expected a result before the autumn.\n", 5), []string{strings.TrimSpace(strings.Repeat("The spokesman said that the talks between the two sides had stalled and that nobody expected a result before the autumn. ", 5))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse("x.txt", []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, c)
			var got []string
			for _, b := range c.Blocks {
				s := c.BlockText(b)
				if b.Kind == digest.BlockHeadline {
					s = "H:" + s
				}
				got = append(got, s)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestMetadata has one case per metadata rule.
func TestMetadata(t *testing.T) {
	flag := time.Date(2020, 5, 6, 0, 0, 0, 0, time.UTC)
	const body = "\n\nPeskov told reporters on Tuesday that the talks had stalled.\n"
	tests := []struct {
		name, file, text                 string
		opts                             Options
		headline, outlet, published, url string
		author                           string
		tags                             []string
	}{
		{"front matter", "a.md", "---\ntitle: \"Talks Stalled\"\nsource: https://www.themoscowtimes.com/2025/07/29/a\nauthor:\n  - \"[[Jane Doe]]\"\npublished: 2025-07-29\ncreated: 2025-08-01\ntags: [clippings, russia]\n---\nTalks Stalled, Kremlin Says Today" + body, Options{Published: flag},
			"Talks Stalled", "The Moscow Times", "2025-07-29", "https://www.themoscowtimes.com/2025/07/29/a", "Jane Doe", []string{"clippings", "russia"}},
		{"front matter site beats host", "a.md", "---\nsite: RT\nsource: https://www.rt.com/news/1\n---" + body, Options{}, "", "RT", "", "https://www.rt.com/news/1", "", nil},
		{"created when no published", "a.md", "---\ncreated: 2025-08-01T10:00:00+03:00\n---" + body, Options{}, "", "", "2025-08-01", "", "", nil},
		{"front matter date in words", "a.md", "---\npublished: March 11, 2025\n---" + body, Options{}, "", "", "2025-03-11", "", "", nil},
		{"unknown host", "a.md", "---\nsource: https://news.example.org/a\n---" + body, Options{}, "", "news.example.org", "", "https://news.example.org/a", "", nil},
		{"no front matter in md", "a.md", "Kremlin Says Talks Stalled Again" + body, Options{}, "Kremlin Says Talks Stalled Again", "", "", "", "", nil},
		{"markdown heading", "a.md", "---\nsite: RT\n---\n# Kremlin Says Talks Stalled Again" + body, Options{}, "Kremlin Says Talks Stalled Again", "RT", "", "", "", nil},
		{"published line", "a.txt", "Kremlin Says Talks Stalled Again\n\nPublished on March 11, 2025" + body, Options{Published: flag}, "Kremlin Says Talks Stalled Again", "", "2025-03-11", "", "", nil},
		{"a date line above a hard-wrapped body is its own", "a.txt", "Kremlin Says Talks Stalled Again\nBy Jane Doe\nPublished on March 11, 2025\n\n" + strings.Repeat("The spokesman said that the talks between the two sides had\nstalled and that nobody expected a result before the autumn.\n\n", 5), Options{}, "", "", "2025-03-11", "", "", nil},
		{"document date is not publication", "a.txt", "Document Date: Sun, Aug 03 2025 03:37:46 pm" + body, Options{}, "", "", "", "", "", nil},
		{"flag date", "a.txt", "Peskov spoke." + body, Options{Published: flag}, "", "", "2020-05-06", "", "", nil},
		{"a forward's origin chat", "telegram:1:2", "Peskov spoke." + body, Options{Published: flag, Outlet: "Kremlin Watch"}, "", "Kremlin Watch", "2020-05-06", "", "", nil},
		{"the text's outlet beats the forward's", "telegram:1:2", "Sources: Reuters" + body, Options{Outlet: "Kremlin Watch"}, "", "Reuters", "", "", "", nil},
		{"options url host", "a.txt", "Peskov spoke." + body, Options{URL: "https://en.rferl.org/a/1.html"}, "", "RFE/RL", "", "https://en.rferl.org/a/1.html", "", nil},
		{"name is the url", "https://www.themoscowtimes.com/2025/07/29/a", "Peskov spoke." + body, Options{}, "", "The Moscow Times", "", "https://www.themoscowtimes.com/2025/07/29/a", "", nil},
		{"sources line", "a.txt", "Sources Anadolu Ajansı" + body, Options{}, "", "Anadolu Agency", "", "", "", nil},
		{"sources colon line", "a.txt", "Sources: Reuters" + body, Options{}, "", "Reuters", "", "", "", nil},
		{"byline", "a.txt", "Kremlin Says Talks Stalled Again\n\nBy Jane Doe" + body, Options{}, "Kremlin Says Talks Stalled Again", "", "", "", "Jane Doe", nil},
		{"support line", "a.txt", "Support The Moscow Times!" + body, Options{}, "", "The Moscow Times", "", "", "", nil},
		{"message from", "a.txt", "Peskov spoke." + body + "\nA Message from The Moscow Times:\n\nDear readers,\n", Options{}, "", "The Moscow Times", "", "", "", nil},
		{"self description", "a.txt", "Peskov spoke." + body + "\nRFE/RL journalists report the news in 27 languages in 23 countries.\n", Options{}, "", "RFE/RL", "", "", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(tt.file, []byte(tt.text), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, c)
			var pub string
			if !c.Published.IsZero() {
				pub = c.Published.Format("2006-01-02")
			}
			got := []string{c.Headline, c.Outlet, pub, c.URL, c.Author, strings.Join(c.Tags, ",")}
			want := []string{tt.headline, tt.outlet, tt.published, tt.url, tt.author, strings.Join(tt.tags, ",")}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("headline|outlet|published|url|author|tags = %q, want %q", got, want)
			}
		})
	}
}

// TestFrontMatterOffsets checks that a Markdown clipping's Text is the file
// as read, its body blocks start after the front matter, and a title the
// body does not repeat is the headline block where it stands verbatim.
func TestFrontMatterOffsets(t *testing.T) {
	const body = "Peskov spoke to reporters on Tuesday about it.\n"
	tests := []struct {
		name, text string
		want       []digest.Block
	}{
		{"quoted title", "---\ntitle: \"Talks Stalled\"\n---\n" + body, []digest.Block{{Span: digest.Span{12, 25}, Kind: digest.BlockHeadline}, {Span: digest.Span{31, 77}}}},
		{"plain title", "---\ntitle: Talks Stalled\n---\n" + body, []digest.Block{{Span: digest.Span{11, 24}, Kind: digest.BlockHeadline}, {Span: digest.Span{29, 75}}}},
		{"escaped title has no span", "---\ntitle: \"Talks \\\"Stalled\\\"\"\n---\n" + body, []digest.Block{{Span: digest.Span{35, 81}}}},
		{"title repeated in body", "---\ntitle: \"Talks Stalled Again\"\n---\nTalks Stalled Again\n\n" + body, []digest.Block{{Span: digest.Span{37, 56}, Kind: digest.BlockHeadline}, {Span: digest.Span{58, 104}}}},
		{"no front matter end", "---\ntitle: x\n" + body, []digest.Block{{Span: digest.Span{4, 12}}, {Span: digest.Span{13, 59}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse("a.md", []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, c)
			if c.Text != tt.text || c.TextSource != digest.TextSourceFile {
				t.Fatalf("Text %q source %q, want the file as read", c.Text, c.TextSource)
			}
			if fmt.Sprint(c.Blocks) != fmt.Sprint(tt.want) {
				t.Errorf("blocks %v, want %v", c.Blocks, tt.want)
			}
		})
	}
}

// TestWebClipper checks a clipping as the Obsidian Web Clipper writes it:
// the title only in the front matter, an image, an italic caption, links,
// a quote block and a list of related links.
func TestWebClipper(t *testing.T) {
	c, err := ReadFile("../../testdata/clip/web-clipper.md", Options{Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	checkBlocks(t, c)
	want := []string{
		"Kremlin Says Russia-U.S. Diplomatic Talks 'Going Nowhere Fast'",
		"The Kremlin said Tuesday that talks with the [United States](https://www.themoscowtimes.com/tag/us) on restoring bilateral ties have stalled.",
		"“So far, the process of normalizing relations is going nowhere fast,” Kremlin spokesman Dmitry Peskov told reporters.",
		"Peskov suggested Washington was not doing its part, saying the talks require “initiative from both sides.”",
	}
	if got := blockTexts(c); strings.Join(got, "\n") != strings.Join(want, "\n") || c.Blocks[0].Kind != digest.BlockHeadline {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	got := []string{c.Headline, c.Outlet, c.Author, c.Published.Format("2006-01-02"), strings.Join(c.Tags, ",")}
	if w := []string{want[0], "The Moscow Times", "The Moscow Times", "2025-07-29", "clippings"}; fmt.Sprint(got) != fmt.Sprint(w) {
		t.Errorf("metadata %q, want %q", got, w)
	}
}

// TestBadInput checks that each kind of bad input gives an EINVALID error
// with its reason.
func TestBadInput(t *testing.T) {
	empty, err := os.ReadFile("../../testdata/clip/empty-article.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file string
		data       []byte
		reason     string
	}{
		{"empty", "a.txt", nil, "empty file"},
		{"white space only", "a.txt", []byte(" \n\n\t\n"), "empty file"},
		{"nul byte", "a.txt", []byte("Peskov\x00said"), "binary file (NUL byte at byte 6)"},
		{"control characters", "a.txt", []byte("\x01\x02\x03\x04abc\x05\x06\x07\x08"), "binary file"},
		{"control characters past 8 bytes", "a.txt", []byte(strings.Repeat("Peskov said \x1b\x7f\x02 ", 20)), "binary file (60 control characters in its first 320 bytes)"},
		{"invalid utf-8", "a.txt", []byte("Peskov said caf\xe9 today"), "invalid UTF-8 at byte 15"},
		{"utf-16", "a.txt", []byte{0xff, 0xfe, 'P', 0}, "UTF-16"},
		{"too big", "a.txt", make([]byte, MaxSize+1), "over the 16 MB limit"},
		{"html without article", "a.html", empty, "no article text found in the HTML"},
		{"html tags only", "a.html", []byte("<html><body></body></html>"), "no article text found in the HTML"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(tt.file, tt.data, Options{})
			checkInvalid(t, c, err, tt.reason)
		})
	}
}

// checkInvalid fails t unless err is an EINVALID *digest.Error whose message
// contains reason.
func checkInvalid(t *testing.T, c *digest.Clipping, err error, reason string) {
	t.Helper()
	var de *digest.Error
	if c != nil || !errors.As(err, &de) || de.Code != digest.EINVALID || !strings.Contains(de.Message, reason) {
		t.Fatalf("got %v, %v; want EINVALID containing %q", c, err, reason)
	}
}

// TestReadFileErrors checks the errors of files that cannot be clippings,
// including a 50 MB sparse file refused before it is read.
func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	tests := []struct{ name, path, reason string }{
		{"50 MB", big, "file is 50 MB, over the 16 MB limit"},
		{"missing", filepath.Join(dir, "nope.txt"), "no such file or directory"},
		{"directory", dir, "is a directory"},
	}
	if os.Getuid() != 0 {
		locked := filepath.Join(dir, "locked.txt")
		if err := os.WriteFile(locked, []byte("text"), 0o000); err != nil {
			t.Fatal(err)
		}
		tests = append(tests, struct{ name, path, reason string }{"unreadable", locked, "permission denied"})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ReadFile(tt.path, Options{})
			checkInvalid(t, c, err, tt.reason)
		})
	}
}

// TestFiles checks the folder walker: supported files in name order,
// recursively, and missing paths reported.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b.txt", "a.md", "sub/c.html", "sub/d.jpg", "e.HTM", ".trash/old.md", ".hidden.txt"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var failed []string
	got := Files([]string{dir, filepath.Join(dir, "sub/d.jpg"), filepath.Join(dir, "missing")}, func(path string, err error) {
		failed = append(failed, filepath.Base(path)+": "+err.Error())
	})
	for i := range got {
		got[i], _ = filepath.Rel(dir, got[i])
	}
	if strings.Join(got, " ") != "a.md b.txt e.HTM sub/c.html sub/d.jpg" {
		t.Errorf("files %q", got)
	}
	if strings.Join(failed, ";") != "missing: no such file or directory" {
		t.Errorf("failures %q", failed)
	}
}

// FuzzParse checks that Parse never panics and that its blocks are valid,
// in-order spans of the text.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
	mds, _ := filepath.Glob("../../testdata/clippings/*.md")
	fixtures, _ := filepath.Glob("../../testdata/clip/*")
	for _, p := range append(append(seeds, mds...), fixtures...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), data)
		}
	}
	for _, s := range []string{"", "\x00", "caf\xe9", "\xff\xfeP\x00", "\x01\x02\x03abc", " \n\t", "A Message from X:\n\nDear readers,\n\nwe", "Sign up for it\nnewsletter", "---\ntitle: [\n---\nx", "---\n---\n", "<html><body><p>Hi</p></body></html>", "a\n\nb", "\ufeff# T\n\nx"} {
		f.Add("x.txt", []byte(s))
		f.Add("x.md", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		c, err := Parse(name, data, Options{})
		if err != nil {
			var de *digest.Error
			if !errors.As(err, &de) || de.Code != digest.EINVALID {
				t.Fatalf("error %v is not EINVALID", err)
			}
			return
		}
		checkBlocks(t, c)
	})
}

// TestParseDate checks the date forms clippings use, fixed layouts and the
// general parser's fallback alike.
func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-03-11", "2025-03-11"},
		{"2025-08-01T23:30:00+03:00", "2025-08-01"},
		{"March 11, 2025", "2025-03-11"},
		{"11 March 2025", "2025-03-11"},
		{"Tue, 11 Mar 2025 14:05:00 GMT", "2025-03-11"},
		{"11 March 2025, 14:05", "2025-03-11"},
		{"yesterday-ish", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseDate(tt.in)
			s := ""
			if ok {
				s = got.Format("2006-01-02")
			}
			if s != tt.want {
				t.Errorf("parseDate(%q) = %q, want %q", tt.in, s, tt.want)
			}
		})
	}
}

// BenchmarkParseDate measures the two paths of parseDate: a fixed layout and
// the general parser. Only metadata strings reach either.
func BenchmarkParseDate(b *testing.B) {
	for _, s := range []string{"March 11, 2025", "11 March 2025, 14:05"} {
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, ok := parseDate(s); !ok {
					b.Fatal("no date")
				}
			}
		})
	}
}

// TestHeadlineRun: every line of a long run of headline-shaped lines reads
// as part of a run though each asks only its near neighbours; two do not
// make a run.
func TestHeadlineRun(t *testing.T) {
	units := make([]unit, 5000)
	for i := range units {
		units[i] = unit{s: "Mayor Says Budget Talks Are Going Nowhere", words: 7}
	}
	asked := 0
	for i := range units {
		if headlineRun(units, i) {
			asked++
		}
	}
	if asked != len(units) {
		t.Errorf("%d of %d lines in the run read as a run", asked, len(units))
	}
	short := units[:2]
	if headlineRun(short, 0) || headlineRun(short, 1) {
		t.Error("two headline-shaped lines read as a run")
	}
}
