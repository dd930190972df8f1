package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/whosaid/whosaid/digest"
)

// The search and timeline benchmarks run over a generated database:
//
//	go run ./cmd/whosaid gendb -db bench/bench.db -n 1000000
//	go test ./store -run '^$' -bench 'Search|Timeline' -benchtime 2000x
//
// WHOSAID_BENCH_DB names another database.
func benchStore(b testing.TB) *Store {
	path := os.Getenv("WHOSAID_BENCH_DB")
	if path == "" {
		path = "../bench/bench.db"
	}
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		b.Skipf("no benchmark database at %s: go run ./cmd/whosaid gendb -db bench/bench.db -n 1000000", path)
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// benchVocabulary returns the words of a sample of the store's own
// statements, each as often as it occurs there, so common words are drawn
// as often as users would meet them; and the sample's two-word runs.
func benchVocabulary(b testing.TB, s *Store, rng *rand.Rand) (words []string, pairs []string) {
	var maxID int64
	if err := s.rdb.QueryRow(`SELECT max(id) FROM entries`).Scan(&maxID); err != nil || maxID == 0 {
		b.Fatalf("empty benchmark database (%v)", err)
	}
	for range 500 {
		var content string
		if err := s.rdb.QueryRow(`SELECT content FROM entries WHERE id = ?`, 1+rng.Int64N(maxID)).Scan(&content); err != nil {
			b.Fatal(err)
		}
		ws := strings.FieldsFunc(strings.ToLower(content), func(r rune) bool { return !unicode.IsLetter(r) })
		for i, w := range ws {
			if len(w) < 2 {
				continue
			}
			words = append(words, w)
			if i+1 < len(ws) && len(ws[i+1]) >= 2 {
				pairs = append(pairs, w+" "+ws[i+1])
			}
		}
	}
	return words, pairs
}

// latencies records durations and reports their median, 99th percentile
// and maximum in milliseconds.
type latencies []time.Duration

func (l latencies) report(b *testing.B) {
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	pct := func(p float64) float64 {
		return float64(l[min(len(l)-1, int(p*float64(len(l))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.5), "median-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(pct(1), "max-ms")
	b.ReportMetric(0, "ns/op")
}

func BenchmarkSearch(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(1, 2))
	words, pairs := benchVocabulary(b, s, rng)
	top, err := s.TopSpeakers(ctx, 50)
	if err != nil {
		b.Fatal(err)
	}
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	queries := make([]string, 1000)
	for i := range queries {
		switch r := rng.IntN(20); {
		case r < 8:
			queries[i] = pick(words)
		case r < 12:
			queries[i] = pick(words) + " " + pick(words)
		case r < 15:
			queries[i] = `"` + pick(pairs) + `"`
		case r < 18:
			sp := top[rng.IntN(len(top))]
			surname := sp.Name[strings.LastIndexByte(sp.Name, ' ')+1:]
			queries[i] = "speaker:" + strings.ToLower(surname) + " " + pick(words)
		default:
			queries[i] = pick(words) + fmt.Sprintf(" since:%d-01-01", 2015+rng.IntN(10))
		}
	}
	// Warm the page cache as a running daemon would have it.
	for _, q := range queries[:50] {
		if _, err := s.Search(ctx, q, 10, 0); err != nil {
			b.Fatal(err)
		}
	}
	lat := make(latencies, 0, b.N)
	hits := 0
	slow := newSlowest(10)
	b.ResetTimer()
	for i := range b.N {
		q := queries[i%len(queries)]
		start := time.Now()
		res, err := s.Search(ctx, q, 10, 0)
		lat = append(lat, time.Since(start))
		slow.add(q, lat[len(lat)-1])
		if err != nil {
			b.Fatalf("Search(%q): %v", q, err)
		}
		if len(res.Entries) > 0 {
			hits++
		}
	}
	b.StopTimer()
	slow.log(b)
	b.ReportMetric(float64(hits)/float64(b.N), "hit-rate")
	lat.report(b)
	slow.reportFastest(b)
}

func BenchmarkTimeline(b *testing.B) {
	s := benchStore(b)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	words, pairs := benchVocabulary(b, s, rng)
	top, err := s.TopSpeakers(ctx, 5)
	if err != nil {
		b.Fatal(err)
	}
	type query struct {
		speaker int64
		topic   string
	}
	queries := make([]query, 500)
	for i := range queries {
		q := query{speaker: top[rng.IntN(len(top))].ID}
		switch r := rng.IntN(10); {
		case r < 6:
			q.topic = words[rng.IntN(len(words))]
		case r < 8:
			q.topic = `"` + pairs[rng.IntN(len(pairs))] + `"`
		default:
			q.topic = words[rng.IntN(len(words))] + " " + words[rng.IntN(len(words))]
		}
		queries[i] = q
	}
	b.Logf("most quoted: %s (%d statements)", top[0].Name, top[0].Statements)
	for _, q := range queries[:20] {
		if _, err := s.Timeline(ctx, q.speaker, q.topic, 20, 0); err != nil {
			b.Fatal(err)
		}
	}
	lat := make(latencies, 0, b.N)
	slow := newSlowest(20)
	slow.plan = func(key string) string {
		var q query
		fmt.Sscanf(key, "%d", &q.speaker)
		q.topic = key[strings.IndexByte(key, ' ')+1:]
		return timelinePlan(ctx, s, q.speaker, q.topic)
	}
	b.ResetTimer()
	for i := range b.N {
		q := queries[i%len(queries)]
		start := time.Now()
		_, err := s.Timeline(ctx, q.speaker, q.topic, 20, 0)
		lat = append(lat, time.Since(start))
		slow.add(fmt.Sprintf("%d %s", q.speaker, q.topic), lat[len(lat)-1])
		if err != nil {
			b.Fatalf("Timeline(%d, %q): %v", q.speaker, q.topic, err)
		}
	}
	b.StopTimer()
	slow.log(b)
	lat.report(b)
	slow.reportFastest(b)
}

// TestTimelinePhrasesAtScale compares, on the benchmark database (named
// by WHOSAID_BENCH_DB: opt-in, it takes some 15 s at 1 M statements), the
// first two pages of 300 speakers' phrase timelines and speaker: searches
// as the phrase plans give them with FTS5's walk of every phrase.
func TestTimelinePhrasesAtScale(t *testing.T) {
	if os.Getenv("WHOSAID_BENCH_DB") == "" {
		t.Skip("WHOSAID_BENCH_DB names no benchmark database")
	}
	s := benchStore(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	_, pairs := benchVocabulary(t, s, rng)
	top, err := s.TopSpeakers(ctx, 8)
	if err != nil {
		t.Fatal(err)
	}
	defer func(n int) { checksPerPage = n }(checksPerPage)
	both := func(sp digest.Speaker, topic string, page int) (digest.SearchResult, digest.SearchResult) {
		tl, err := s.Timeline(ctx, sp.ID, topic, 20, 20*page)
		if err != nil {
			t.Fatal(err)
		}
		surname := strings.ToLower(sp.Name[strings.LastIndexByte(sp.Name, ' ')+1:])
		sr, err := s.Search(ctx, "speaker:"+surname+" "+topic, 10, 10*page)
		if err != nil {
			t.Fatal(err)
		}
		return tl, sr
	}
	same := func(a, b digest.SearchResult) bool {
		return a.More == b.More && slices.EqualFunc(a.Entries, b.Entries, func(x, y digest.Entry) bool { return x.ID == y.ID })
	}
	for range 300 {
		sp, topic := top[rng.IntN(len(top))], `"`+pairs[rng.IntN(len(pairs))]+`"`
		for page := range 2 {
			checksPerPage = 6
			tl, sr := both(sp, topic, page)
			checksPerPage = 0 // FTS5 walks every phrase
			wantTL, wantSR := both(sp, topic, page)
			if !same(tl, wantTL) || !same(sr, wantSR) {
				t.Errorf("speaker %d %s page %d: timeline %d rows, FTS5 %d; search %d rows, FTS5 %d",
					sp.ID, topic, page, len(tl.Entries), len(wantTL.Entries), len(sr.Entries), len(wantSR.Entries))
			}
		}
	}
}

// timelinePlan says how a timeline walks a topic of all its words: by
// FTS5, or a phrase through a probe whose rows are checked in Go.
func timelinePlan(ctx context.Context, s *Store, speaker int64, topic string) string {
	q := parseQuery(topic)
	p := q.plan("content context", " AND ", speakerMatch([]int64{speaker}))
	if p.check == nil {
		return "fts5"
	}
	out := "fts5 (checking in Go would cost more)"
	err := s.read(ctx, func(tx *sql.Tx) error {
		_, probe, budget, err := s.probeFor(ctx, tx, p)
		if budget > 0 {
			out = fmt.Sprintf("%s, up to %d rows checked in Go", probe, budget)
		}
		return err
	})
	if err != nil {
		return err.Error()
	}
	return out
}

// slowest keeps the slowest queries seen, to log with -v, and each
// query's fastest run; plan, when set, describes a query's plan.
type slowest struct {
	n       int
	all     map[string]time.Duration
	fastest map[string]time.Duration
	plan    func(query string) string
}

func newSlowest(n int) *slowest {
	return &slowest{n: n, all: map[string]time.Duration{}, fastest: map[string]time.Duration{}}
}

func (s *slowest) add(q string, d time.Duration) {
	s.all[q] = max(s.all[q], d)
	if f, ok := s.fastest[q]; !ok || d < f {
		s.fastest[q] = d
	}
}

// reportFastest reports the 99th percentile and the maximum of the
// queries' fastest runs (each query runs b.N/len(queries) times): on a
// shared machine a run's time includes waiting for a core, and the
// fastest of a query's runs is closest to what the query itself costs.
func (s *slowest) reportFastest(b *testing.B) {
	var l []time.Duration
	for _, d := range s.fastest {
		l = append(l, d)
	}
	sort.Slice(l, func(i, j int) bool { return l[i] < l[j] })
	if len(l) == 0 {
		return
	}
	b.ReportMetric(float64(l[min(len(l)-1, int(0.99*float64(len(l))))].Microseconds())/1000, "fastest-p99-ms")
	b.ReportMetric(float64(l[len(l)-1].Microseconds())/1000, "fastest-max-ms")
}

func (s *slowest) log(b *testing.B) {
	qs := make([]string, 0, len(s.all))
	for q := range s.all {
		qs = append(qs, q)
	}
	sort.Slice(qs, func(i, j int) bool { return s.all[qs[i]] > s.all[qs[j]] })
	for _, q := range qs[:min(s.n, len(qs))] {
		var plan string
		if s.plan != nil {
			plan = " [" + s.plan(q) + "]"
		}
		b.Logf("slow: %v (fastest %v) %s%s", s.all[q].Round(time.Millisecond), s.fastest[q].Round(100*time.Microsecond), q, plan)
	}
}
