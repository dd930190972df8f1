package main

import (
	"context"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
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
