package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// GenerateIngest fills an empty store as real ingest would: it writes
// synthetic clippings through SaveBatch, up to BulkBatch a transaction,
// prepared on other goroutines while the writer saves, as `whosaid ingest`
// does. Each clipping has a headline and opts.PerClip paragraphs, each a quote of a
// corpus sentence attributed to a speaker (Zipf-distributed, as in
// Generate) followed by another sentence. A speaker's quote repeated is
// one entry with two sources, as in ingest; Generate builds until it has
// opts.Statements entries. Unlike Generate's single optimised index, the
// full-text index is what transactions of this size leave behind, so
// searches are measured on the shape a running daemon has.
func (s *Store) GenerateIngest(ctx context.Context, opts GenerateOptions) (GenerateStats, error) {
	var gs GenerateStats
	g, err := s.generator(ctx, &opts)
	if err != nil {
		return gs, err
	}
	sentences, headlines, names, rng, zipf := g.sentences, g.headlines, g.names, g.rng, g.zipf
	gs.Sentences, gs.Speakers = len(sentences), len(names)
	// Clippings are dated in order over the span, so about this many.
	clips := (opts.Statements + opts.PerClip - 1) / opts.PerClip
	span := opts.To.Sub(opts.From)

	const batch = BulkBatch
	used := map[uint64]bool{} // speaker and content already quoted, hashed
	type job struct {
		items []BatchItem
		done  chan struct{}
	}
	jobs := make(chan *job, 2)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		defer close(jobs)
		for c, n := 0, 0; ; c += n {
			// Whole batches up to the clippings expected; past them (a
			// quote repeated is no new entry), batches of 16, so the
			// store ends near the number asked.
			n = batch
			if c < clips {
				n = min(batch, clips-c)
			} else {
				n = 16
			}
			j := &job{done: make(chan struct{})}
			for k := c; k < c+n; k++ {
				day := opts.From.Add(time.Duration(float64(span) * min(1, float64(k)/float64(clips))))
				j.items = append(j.items, BatchItem{Clipping: genClipping(rng, zipf, k, day, opts, sentences, headlines, names, used)})
			}
			go func() { // prepared on another core while the writer saves
				for i := range j.items {
					j.items[i].Prepare()
				}
				close(j.done)
			}()
			select {
			case jobs <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	for j := range jobs {
		<-j.done
		for _, r := range s.SaveBatch(ctx, j.items) {
			if r.Err != nil {
				return gs, fmt.Errorf("store: generate: %w", r.Err)
			}
			gs.Clippings++
			gs.Statements += r.NewEntries
		}
		if opts.Progress != nil {
			opts.Progress(min(gs.Statements, opts.Statements), opts.Statements)
		}
		if gs.Statements >= opts.Statements {
			break
		}
	}
	return gs, nil
}

// genClipping builds the k-th synthetic clipping, published on day.
func genClipping(rng *rand.Rand, zipf *rand.Zipf, k int, day time.Time, opts GenerateOptions, sentences, headlines, names []string, used map[uint64]bool) *digest.Clipping {
	headline := headlines[rng.IntN(len(headlines))]
	c := &digest.Clipping{
		Path: fmt.Sprintf("gen/%07d.txt", k), Outlet: opts.Outlets[rng.IntN(len(opts.Outlets))],
		Headline: headline, Published: day, TextSource: digest.TextSourceFile,
	}
	var b strings.Builder
	b.WriteString(headline)
	c.Blocks = append(c.Blocks, digest.Block{Span: digest.Span{0, b.Len()}, Kind: digest.BlockHeadline})
	for range opts.PerClip {
		b.WriteString("\n\n")
		start := b.Len()
		content := strings.TrimRight(sentences[rng.IntN(len(sentences))], ".!?\"”")
		name := names[zipf.Uint64()]
		// A frequent speaker exhausts the corpus: a quote already given
		// to them gets a clause of another sentence, so most are new.
		for try := 0; used[quoteHash(name, content)]; try++ {
			if try == 3 {
				content += fmt.Sprintf(" (%d)", k)
				break
			}
			more := strings.Fields(sentences[rng.IntN(len(sentences))])
			content += ", " + strings.ToLower(strings.Join(more[:min(len(more), 6)], " "))
		}
		used[quoteHash(name, content)] = true
		b.WriteString("“")
		cs := b.Len()
		b.WriteString(content)
		ce := b.Len()
		b.WriteString(",” ")
		cue := b.Len()
		b.WriteString("said ")
		sp := b.Len()
		b.WriteString(name)
		spe := b.Len()
		b.WriteString(". ")
		b.WriteString(sentences[rng.IntN(len(sentences))])
		c.Blocks = append(c.Blocks, digest.Block{Span: digest.Span{start, b.Len()}, Kind: digest.BlockBody})
		st := digest.Statement{Speaker: name, SpeakerSpan: digest.Span{sp, spe}, Cue: "said", CueSpan: digest.Span{cue, cue + 4},
			Content: content, ContentSpan: digest.Span{cs, ce}, Direct: true}
		if rng.IntN(2) == 0 {
			st.SetDate(digest.Date{Year: day.Year(), Month: day.Month(), Day: day.Day(), Precision: digest.PrecisionDay})
		}
		c.Statements = append(c.Statements, st)
	}
	c.Text = b.String()
	return c
}

// quoteHash is FNV-1a of a speaker's name and a content.
func quoteHash(name, content string) uint64 {
	h := uint64(fnvOffset)
	for _, s := range []string{name, "\x00", content} {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * fnvPrime
		}
	}
	return h
}
