package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

func TestFetchStateAndSeen(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 7, 29, 8, 0, 0, 0, time.UTC)
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := Open(ctx, path, WithClock(func() time.Time { return now }))
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.FetchState(ctx, "feed:http://a")
	if err != nil || st != (FetchState{Source: "feed:http://a"}) {
		t.Fatalf("new source: %+v, %v", st, err)
	}
	want := FetchState{Source: "feed:http://a", ETag: `"x1"`, LastModified: "Tue, 29 Jul 2025 07:00:00 GMT",
		Failures: 2, NextTry: now.Add(10 * time.Minute), LastOK: now.Add(-time.Hour), LastError: "503"}
	if err := s.SaveFetchState(ctx, want); err != nil {
		t.Fatal(err)
	}
	want.Failures = 3 // replaced, not duplicated
	if err := s.SaveFetchState(ctx, want); err != nil {
		t.Fatal(err)
	}
	for _, f := range []func() (*Store, error){
		func() (*Store, error) { return s, nil },
		func() (*Store, error) { s.Close(); return Open(ctx, path) }, // survives a restart
	} {
		s, err = f()
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.FetchState(ctx, want.Source)
		if err != nil || !got.NextTry.Equal(want.NextTry) || !got.LastOK.Equal(want.LastOK) {
			t.Fatalf("got %+v, %v", got, err)
		}
		got.NextTry, got.LastOK = want.NextTry, want.LastOK
		if got != want {
			t.Errorf("got %+v, want %+v", got, want)
		}
	}
	defer s.Close()

	tests := []struct {
		name, source, key, sig string
	}{
		{"feed item", "feed:http://a", "guid-1", "done"},
		{"same key other source", "inbox:/in", "guid-1", "12:34:abcd"},
		{"changed", "inbox:/in", "guid-1", "99:34:ef01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, ok, err := s.Seen(ctx, tt.source, "other"); ok || err != nil {
				t.Fatalf("unseen key: ok=%v err=%v", ok, err)
			}
			if err := s.MarkSeen(ctx, tt.source, tt.key, tt.sig); err != nil {
				t.Fatal(err)
			}
			sig, ok, err := s.Seen(ctx, tt.source, tt.key)
			if err != nil || !ok || sig != tt.sig {
				t.Errorf("Seen = %q %v %v, want %q", sig, ok, err, tt.sig)
			}
		})
	}
	if sig, _, _ := s.Seen(ctx, "feed:http://a", "guid-1"); sig != "done" {
		t.Errorf("sources mixed up: %q", sig)
	}
}
