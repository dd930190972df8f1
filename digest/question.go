package digest

import (
	"context"
	"regexp"
	"strings"
)

// ClippingReader returns a stored clipping with its text. Implemented by
// store.Store.
type ClippingReader interface {
	Clipping(ctx context.Context, id int64) (*Clipping, error)
}

// questionWindow is how far from a quote, in bytes, the question it answers
// is looked for.
const questionWindow = 400

// askedRe finds a reported question: "asked whether ...", "after being
// asked if ...", "asked about ...", and the word before it (a negation
// asks nothing: "Nobody asked about ...").
// A full stop ends it only before a space or the end: "U.S.-Russian" goes
// on, and so does a title's ("for Mr. Biden"). A comma, a closing quote
// mark or a dash ends it too: "When asked whether X, he said", "asked
// about X - so Obama ...". A quotation it opens goes on: "asked whether
// Clinton “has the integrity ...,”".
var askedRe = regexp.MustCompile(`(?i)(?:(\S+)\s+)?\basked\s+((?:whether|if|about|how|why|what|when|who)\s(?:\b(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|st|jr|sr|prof)\.\s|[“"]\pL|-\S|[^.?!;,"“”\n—–-]|\.[^\s\x{00a0}])+)`)

// negations are the words before "asked" that say nothing was asked.
var negations = map[string]bool{"nobody": true, "never": true, "not": true, "no-one": true, "none": true}

// AddClippingFacts adds to entries what only their clippings' text says.
// Each short quote that means nothing alone ("It may well be") gets the
// question it answers, when its clipping reports one next to it ("...
// after being asked if relations ranked among the biggest
// disappointments") or asks it just before ("Will ties improve?"): a
// digest line then carries the question; a quote without one yields its
// place. Each named speaker gets how the writer wrote it (SpeakerForm: "the
// Kremlin", "Peskov" alone), so that a line names it as the writer did.
func AddClippingFacts(ctx context.Context, cr ClippingReader, entries []Entry) error {
	cache := map[int64]*textForms{}
	for i := range entries {
		e := &entries[i]
		if len(e.Sources) == 0 || e.Sources[0].ClippingID == 0 {
			continue
		}
		id := e.Sources[0].ClippingID
		r, ok := cache[id]
		if !ok {
			c, err := cr.Clipping(ctx, id)
			if err != nil && ErrorCode(err) != ENOTFOUND {
				return err
			}
			if err == nil && c != nil {
				r = newTextForms(c.Text)
			}
			cache[id] = r // nil when gone: not asked for again by its other entries
		}
		if r == nil {
			continue
		}
		e.Form = r.speakerForm(e.Speaker, e.SpeakerSpan)
		e.Form.TitleThe = r.titleThe(e.SpeakerTitle)
		e.CommonOpening = !e.Direct && commonOpening(r.text, e.Content)
		if meansNothingAlone(e) {
			e.Question = questionFor(r.text, e.ContentSpan)
		}
	}
	// What the writer showed of a speaker holds in every line that names
	// it: a person or an organisation in any clipping, "the" in the
	// clipping that wrote it.
	type inClipping struct {
		id   int64
		name string
	}
	kinds, the := map[string]SpeakerForm{}, map[inClipping]bool{}
	for _, e := range entries {
		if !e.Form.Read {
			continue
		}
		k := FoldSpace(e.Speaker)
		f := kinds[k]
		f.Person, f.Org = f.Person || e.Form.Person, f.Org || e.Form.Org
		kinds[k] = f
		if e.Form.The {
			the[inClipping{e.Sources[0].ClippingID, k}] = true
		}
	}
	for i := range entries {
		if e := &entries[i]; e.Form.Read {
			k := FoldSpace(e.Speaker)
			e.Form.Person, e.Form.Org = kinds[k].Person, kinds[k].Org
			e.Form.The = the[inClipping{e.Sources[0].ClippingID, k}]
		}
	}
	return nil
}

// questionFor returns the question a quote at span answers in text: a
// reported one near it ("whether ..."), or a question sentence just before
// it; "" when there is none.
func questionFor(text string, span Span) string {
	if span.Empty() || span.End() > len(text) {
		return ""
	}
	from, to := max(0, span.Start()-questionWindow), min(len(text), span.End()+questionWindow)
	for from > 0 && !utf8Start(text[from]) {
		from--
	}
	for to < len(text) && !utf8Start(text[to]) {
		to++
	}
	best, bestDist := "", len(text)
	for _, m := range askedRe.FindAllStringSubmatchIndex(text[from:to], -1) {
		at := from + m[4] // the question's first word
		dist := at - span.End()
		if at < span.Start() {
			dist = span.Start() - (from + m[1])
		}
		if dist < 0 {
			continue // inside the quote itself
		}
		if lo, hi := min(at, span.End()), max(at, span.Start()); strings.IndexByte(text[lo:hi], '\n') >= 0 {
			continue // another paragraph's: most often put to someone else
		}
		if m[2] >= 0 && negations[strings.ToLower(text[from+m[2]:from+m[3]])] {
			continue
		}
		q := strings.TrimRight(FoldSpace(text[from+m[4]:from+m[5]]), ".,:;  ")
		q += unclosedQuote(q) // "whether Clinton “has the integrity ...”"
		if dist < bestDist && len(q) <= 240 {
			best, bestDist = q, dist
		}
	}
	if best != "" {
		return best
	}
	// A question asked just before the answer: the sentence ending with
	// "?" right before the quote.
	before := strings.TrimRight(text[from:span.Start()], " \t\r\n\"“”'‘’")
	if !strings.HasSuffix(before, "?") {
		return ""
	}
	start := strings.LastIndexAny(before[:len(before)-1], ".!?\n") + 1
	q := strings.Trim(FoldSpace(before[start:]), "\"“”'‘’ ")
	if len(q) < 8 {
		return ""
	}
	return "“" + q + "”"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
