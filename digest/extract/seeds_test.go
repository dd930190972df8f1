package extract_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// goldFile is testdata/seeds/gold.yaml: what must come out of each seed.
type goldFile struct {
	Clippings []struct {
		File       string `yaml:"file"`
		Published  string `yaml:"published"`
		Statements []struct {
			Speaker  string   `yaml:"speaker"`
			Content  string   `yaml:"content"`
			Direct   *bool    `yaml:"direct"`
			SaidOn   string   `yaml:"said_on"`
			Via      []string `yaml:"via"`
			Optional bool     `yaml:"optional"`
		} `yaml:"statements"`
		NotStatements []string `yaml:"not_statements"`
	} `yaml:"clippings"`
}

var spaces = regexp.MustCompile(`\s+`)

// fold compares texts as seeds-eval does: curly quotes and dashes folded,
// white space collapsed, case ignored.
func fold(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "—", "-", "–", "-", "…", "...").Replace(s)
	return strings.ToLower(strings.TrimSpace(spaces.ReplaceAllString(s, " ")))
}

func sameSpeaker(got, want string) bool {
	return fold(got) == fold(want) || fold(want) == "kremlin" && fold(got) == "the kremlin"
}

// TestSeeds runs the extractor on the seed clippings with their publication
// dates and checks every required statement of gold.yaml with the matching
// rules of seeds-eval: speaker, content contained, and date, direct flag and
// via where the gold gives them. No forbidden text may appear in a content.
func TestSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "seeds")
	data, err := os.ReadFile(filepath.Join(dir, "gold.yaml"))
	if err != nil {
		t.Skipf("no seeds: %v", err)
	}
	var gold goldFile
	if err := yaml.Unmarshal(data, &gold); err != nil {
		t.Fatalf("gold.yaml: %v", err)
	}
	total, correct := 0, 0
	for _, g := range gold.Clippings {
		t.Run(g.File, func(t *testing.T) {
			pub, err := time.Parse("2006-01-02", g.Published)
			if err != nil {
				t.Fatalf("published %q: %v", g.Published, err)
			}
			c, err := clip.ReadFile(filepath.Join(dir, g.File), clip.Options{Published: pub})
			if err != nil {
				t.Fatalf("read: %v", err)
			}
			got := extract.Statements(c)
			for _, s := range got {
				if err := s.Validate(len(c.Text)); err != nil {
					t.Errorf("invalid statement %+v: %v", s, err)
				}
				for _, bad := range g.NotStatements {
					if strings.Contains(fold(s.Content), fold(bad)) {
						t.Errorf("forbidden text %q extracted in %q", bad, s.Content)
					}
				}
				total++
				for _, w := range g.Statements {
					if sameSpeaker(s.Speaker, w.Speaker) && strings.Contains(fold(s.Content), fold(w.Content)) {
						correct++
						break
					}
				}
			}
			for _, w := range g.Statements {
				if w.Optional {
					continue
				}
				found := false
				for _, s := range got {
					if !sameSpeaker(s.Speaker, w.Speaker) || !strings.Contains(fold(s.Content), fold(w.Content)) {
						continue
					}
					if w.SaidOn != "" && s.SaidOn != w.SaidOn || w.Direct != nil && s.Direct != *w.Direct || !hasAll(s.Via, w.Via) {
						continue
					}
					found = true
					break
				}
				if !found {
					t.Errorf("missed %s: %q (said_on %q, direct %v, via %v)", w.Speaker, w.Content, w.SaidOn, w.Direct, w.Via)
				}
			}
		})
	}
	if total > 0 && float64(correct)/float64(total) < 0.90 {
		t.Errorf("precision %d/%d below 0.90", correct, total)
	}
}

func hasAll(got, want []string) bool {
	for _, w := range want {
		ok := false
		for _, g := range got {
			if fold(g) == fold(w) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// clipping builds a clipping from text whose paragraphs are separated by
// blank lines; the first paragraph is the headline when headline is set.
func clipping(text, published string, headline bool) *digest.Clipping {
	c := &digest.Clipping{Text: text}
	if published != "" {
		c.Published, _ = time.Parse("2006-01-02", published)
	}
	start := 0
	for start < len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			kind := digest.BlockBody
			if headline && len(c.Blocks) == 0 {
				kind = digest.BlockHeadline
			}
			c.Blocks = append(c.Blocks, digest.Block{Span: digest.Span{start, end}, Kind: kind})
		}
		start = end + 2
	}
	return c
}
