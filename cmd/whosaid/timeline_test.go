package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// fakeSpeakers is a timelineStore over a fixed list of speakers: FindSpeakers
// returns those with an alias containing the name, or within two letters of
// it, as the real store's close spellings would.
type fakeSpeakers struct{ speakers []digest.Speaker }

func (f fakeSpeakers) FindSpeakers(_ context.Context, name string, limit int) ([]digest.Speaker, error) {
	var out []digest.Speaker
	key := nameKey(name)
	for _, sp := range f.speakers {
		for _, a := range sp.Aliases {
			ak := nameKey(a)
			if strings.Contains(ak, key) || strings.Contains(key, ak) || (len(ak) == len(key) && mismatches(ak, key) <= 2) {
				out = append(out, sp)
				break
			}
		}
	}
	return out[:min(len(out), limit)], nil
}

func mismatches(a, b string) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

func (f fakeSpeakers) TopSpeakers(context.Context, int) ([]digest.Speaker, error) {
	return f.speakers, nil
}

func (f fakeSpeakers) Timeline(context.Context, int64, string, int, int) (digest.SearchResult, error) {
	return digest.SearchResult{}, nil
}

func TestPickSpeaker(t *testing.T) {
	fake := fakeSpeakers{[]digest.Speaker{
		{ID: 1, Name: "Dmitry Peskov", Aliases: []string{"Dmitry Peskov", "Peskov", "Dmitry S. Peskov"}},
		{ID: 2, Name: "Vladimir Putin", Aliases: []string{"Vladimir Putin", "Putin"}},
		{ID: 3, Name: "Kremlin", Aliases: []string{"Kremlin"}},
	}}
	tests := []struct {
		name      string
		args      []string
		wantID    int64
		wantTopic string
		wantErr   string
	}{
		{"surname", []string{"peskov"}, 1, "", ""},
		{"surname and topic", []string{"peskov", "normalization"}, 1, "normalization", ""},
		{"full name in one argument", []string{"Dmitry Peskov", "relations", "with", "US"}, 1, "relations with US", ""},
		{"full name in two arguments", []string{"dmitry", "peskov", "ties"}, 1, "ties", ""},
		{"middle initial with punctuation", []string{"Dmitry S. Peskov"}, 1, "", ""},
		{"organisation", []string{"KREMLIN", "tariffs"}, 3, "tariffs", ""},
		{"misspelt", []string{"peskof"}, 0, "", "did you mean Dmitry Peskov?"},
		{"misspelt with topic", []string{"putim", "relations"}, 0, "", "did you mean Vladimir Putin?"},
		{"unknown", []string{"zelensky"}, 0, "", `no speaker called "zelensky"`},
		{"part of a word is no match", []string{"pesk"}, 0, "", "did you mean Dmitry Peskov?"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, topic, err := pickSpeaker(context.Background(), fake, tt.args)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				if digest.ErrorCode(err) != digest.ENOTFOUND {
					t.Errorf("error code %q, want %q", digest.ErrorCode(err), digest.ENOTFOUND)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if sp.ID != tt.wantID || topic != tt.wantTopic {
				t.Errorf("got speaker %d topic %q, want %d %q", sp.ID, topic, tt.wantID, tt.wantTopic)
			}
		})
	}
}

func TestOrList(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"A"}, "A"},
		{[]string{"A", "B"}, "A or B"},
		{[]string{"A", "B", "C"}, "A, B or C"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := orList(tt.in); got != tt.want {
				t.Errorf("orList(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// seedStore writes a database with Peskov's statements in three clippings
// (one quote carried by two of them) and one by Trump, and returns its path.
func seedStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "whosaid.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	type said struct {
		speaker, content, saidOn string
		direct                   bool
	}
	clippings := []struct {
		path, outlet, published, headline string
		said                              []said
	}{
		{"a.txt", "The Moscow Times", "2025-07-29", "Kremlin Says Talks Going Nowhere Fast", []said{
			{"Dmitry Peskov", "So far, the process of normalizing relations with the U.S. is going nowhere fast.", "2025-07-29", true},
			{"Donald Trump", "he was very disappointed in Putin", "2025-07-28", false},
		}},
		{"b.txt", "Reuters", "2025-07-30", "Kremlin on US ties", []said{
			{"Peskov", "So far, the process of normalizing relations with the U.S. is going nowhere fast", "2025-07-29", true},
		}},
		{"c.txt", "RFE/RL", "2017-09-13", "Kremlin Says Russia Proposed Full Normalization", []said{
			{"Dmitry Peskov", "Russian officials made direct proposals to Washington about full normalization", "2017-09-13", false},
		}},
	}
	for _, c := range clippings {
		pub, _ := time.Parse("2006-01-02", c.published)
		clip := &digest.Clipping{Path: c.path, Outlet: c.outlet, Headline: c.headline, Published: pub, TextSource: digest.TextSourceFile}
		var text strings.Builder
		text.WriteString(c.headline + "\n\n")
		for _, s := range c.said {
			start := text.Len()
			text.WriteString(s.content + " ")
			speakerAt := text.Len()
			text.WriteString(s.speaker + " said. ")
			stmt := digest.Statement{Speaker: s.speaker, Content: s.content, Direct: s.direct, Cue: "said",
				ContentSpan: digest.Span{start, start + len(s.content)},
				SpeakerSpan: digest.Span{speakerAt, speakerAt + len(s.speaker)},
				CueSpan:     digest.Span{speakerAt + len(s.speaker) + 1, speakerAt + len(s.speaker) + 5}}
			d, _ := digest.ParseDate(s.saidOn)
			stmt.SetDate(d)
			clip.Statements = append(clip.Statements, stmt)
		}
		clip.Text = text.String()
		clip.Raw = []byte(clip.Text)
		if _, err := st.SaveClipping(context.Background(), clip); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestTimelineCommand(t *testing.T) {
	db := seedStore(t)
	tests := []struct {
		name    string
		args    []string
		code    int
		want    []string // in this order in stdout
		wantErr string
		notWant string
	}{
		{"surname", []string{"peskov"}, 0, []string{"Dmitry Peskov: 2 statements from Wed 13 Sep 2017 to Tue 29 Jul 2025, in 3 outlets.",
			"Wed 13 Sep 2017: Peskov said Russian officials", "Tue 29 Jul 2025: Peskov: “So far", "going nowhere fast.” — The Moscow Times, Reuters"}, "", "disappointed"},
		{"topic", []string{"-db", "", "Dmitry Peskov", "normalization"}, 0, []string{"Dmitry Peskov on “normalization”:", "Wed 13 Sep 2017"}, "", ""},
		{"misspelt", []string{"peskof"}, 1, nil, "did you mean Dmitry Peskov?", ""},
		{"no database", []string{"-db", filepath.Join(t.TempDir(), "none.db"), "peskov"}, 1, nil, "no database at", ""},
		{"no speaker", []string{}, 2, nil, "The most quoted speakers: Dmitry Peskov (2)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"timeline"}, tt.args...)
			if len(tt.args) < 2 || tt.args[0] != "-db" {
				args = append([]string{"timeline", "-db", db}, tt.args...)
			} else if tt.args[1] == "" {
				args[2] = db
			}
			var stdout, stderr strings.Builder
			code := Main(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, stderr.String())
			}
			out := stdout.String()
			at := 0
			for _, w := range tt.want {
				i := strings.Index(out[at:], w)
				if i < 0 {
					t.Fatalf("output lacks %q after byte %d:\n%s", w, at, out)
				}
				at += i + len(w)
			}
			if tt.notWant != "" && strings.Contains(out, tt.notWant) {
				t.Errorf("output has %q:\n%s", tt.notWant, out)
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr %q lacks %q", stderr.String(), tt.wantErr)
			}
		})
	}
}
