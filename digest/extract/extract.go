// Package extract finds attributed statements in a cleaned clipping: who
// said what, when, through which outlet and to whom.
//
// It reads each block of the clipping as tokens (words, punctuation and
// whole quotations), splits them into sentences written the way news is
// written, and matches a small set of attribution patterns on each sentence:
// a speaker and a speech verb before or after what was said ("X said (that)
// ...", "..., X said", "“...,” said X"), "according to X", "X was quoted as
// saying by Y", participles that go on with the same speaker (", adding
// ..."), and quotations standing alone after an attributed sentence. A
// second pass resolves each speaker mention to the fullest name the clipping
// gives (pronouns to the latest speaker, titles to their holder, surnames to
// full names) and each date phrase against the publication date.
package extract

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// Statements returns the statements found in c's blocks, in text order, with
// speakers resolved to their fullest name in the clipping and dates resolved
// against c.Published. It never fails: text with no attribution yields none.
func Statements(c *digest.Clipping) []digest.Statement {
	return statementsWith(c, embeddedModel(), nil, nil)
}

// Checked is Statements for text from outside: a fault of the extractor on
// some input comes back as an error naming it, so one odd clipping costs
// only itself, never the process that reads it (ingest, the daemon).
func Checked(c *digest.Clipping) (out []digest.Statement, err error) {
	defer func() {
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("the extractor failed on this text (%v); please report it with the file", p)
		}
	}()
	return Statements(c), nil
}

// statementsWith extracts c's statements with model m (nil: the rules
// alone). With col set, it records training material in col, and the index
// in col's instances of each statement's raw in rawOf.
func statementsWith(c *digest.Clipping, m *model, col *collector, rawOf *[]int) []digest.Statement {
	if c == nil || len(c.Blocks) == 0 {
		return nil
	}
	x := pool.Get().(*extractor)
	text := asciiSpaces(c.Text) // token_space.go: the offsets are the clipping's
	x.reset(text)
	x.m, x.col = m, col
	x.author = c.Author
	defer func() {
		x.reset("") // drop references into the text before pooling
		x.m, x.col = nil, nil
		pool.Put(x)
	}()
	x.z.singles = singleQuoted(text, c.Blocks) // quote_single.go: ‘…’ quotes in the body
	x.readLabels(c)                            // interview.go
	for b, bl := range c.Blocks {
		x.block(b, bl)
	}
	x.famous = knownEra(eraOf(c))
	out, raws := x.finish(storyToday(c)) // date_dateline.go: a wire's dateline day, else publication
	if text != c.Text {
		ownWords(out, c.Text)
	}
	if rawOf != nil {
		*rawOf = raws
	}
	return out
}

// pool keeps extractors' scratch space (tokens, statements found, the name
// table) from one clipping to the next.
var pool = sync.Pool{New: func() any { return newExtractor("") }}

// reset readies x for the clipping text t.
func (x *extractor) reset(t string) {
	x.t = t
	x.toks = x.toks[:0]
	x.sents = x.sents[:0]
	clear(x.raws)
	x.raws = x.raws[:0]
	clear(x.res) // the names and members of the last clipping
	x.res = x.res[:0]
	x.events = x.events[:0]
	x.marks = x.marks[:0]
	x.colon = nil
	clear(x.labelOuts) // its keys are words of the last clipping's text
	clear(x.midCaps)
	clear(x.labelReps)
	x.sent = sentence{} // it holds the text and a mention of it
	x.headTx = x.headTx[:0]
	x.turn = -1
	x.bare = -1
	x.author, x.tagline, x.taglineRead = "", "", false
	x.ents.resetList() // entities_reuse.go
	clear(x.ents.byLast)
	x.ents.lastID = x.ents.lastID[:0]
	x.ents.order = x.ents.order[:0]
	x.ents.sents, x.ents.blocks, x.ents.prons = x.ents.sents[:0], x.ents.blocks[:0], x.ents.prons[:0]
	clear(x.ents.oblique)
	clear(x.ents.lowerUse)
	clear(x.ents.openerUse)
}

// raw is a statement as the patterns found it, before its speaker and date
// are resolved.
type raw struct {
	speaker   mention
	cue       digest.Span
	cueText   string
	content   digest.Span
	direct    bool
	block     int
	when      when          // the date phrase of the statement's own clause
	dated     bool          // when was read from a phrase
	past      bool          // said some time ago, when unknown: "previously", "has long said"
	dayLabel  bool          // dated by a weekday that labels its paragraph ("Monday: ..."), one of a round-up's days (date_label.go)
	coming    bool          // the cue is still to come ("will say on Friday that"): said on no day yet (date_coming.go)
	mainWhen  *when         // a participle's cue: the date phrase of the main clause it goes on with (date_participle.go)
	clause    digest.Span   // where a date phrase dates this statement: the attribution's side of the content
	ta, tb    int           // content tokens [ta, tb) of the sentence it was found in
	drop      bool          // the learned model scored it as no statement
	fallback  bool          // found by the looser reading (fallback.go), for the model to judge
	turn      bool          // a transcript's turn ("TAPPER: ..."): the rules decide, not the statement model
	parts     []digest.Span // a quote or reported clause broken by its attribution: each part; content is the outer span
	anchor    int           // a quotation standing alone: the statement it continues, else -1
	open      bool          // a quotation standing alone, left open at its paragraph's end
	later     bool          // its content is the paragraph after its cue's ("he stated:")
	leads     bool          // any verb before a colon ending its paragraph: "Cruz continued:" (a quotation must follow)
	shows     bool          // a sentence of a subject and its verb alone: "Chen laughs." (a quotation must be the next sentence, gesture.go)
	noun      bool          // a noun of speech its possessive speaks for (nouns.go): no cue the possessive owns
	fixedEnd  bool          // the rules' end is grammar the end model keeps: a noun-phrase object's (object.go), the question of "Asked by X whether ...," (forms.go)
	phrase    bool          // content before its cue that tells where the saying was made: "In a statement, the company said, ..." (join_aside.go)
	toCome    bool          // a noun-phrase object of a cue still to come: "will announce a new strategy" (cue_owned.go): an owner at the sentence's end may take it in, else it goes
	sentStart int           // byte offset of the sentence's start
	via       []string
	audience  string
}

// event is a dated mention of what someone said that is not itself a
// statement: "The comments by Dmitry Peskov on September 13".
type event struct {
	speaker mention
	when    when
	block   int
}

// extractor holds the state of one clipping's extraction.
type extractor struct {
	t           string
	z           tokenizer
	toks        []token
	sents       [][2]int
	ends        []int // the tokens after which endsSentence found an end (splitSentences)
	raws        []raw
	res         []resolved      // resolve's result, reused
	colon       *raw            // a statement whose cue ended its sentence with a colon
	labelReps   map[string]bool // labelRepeats' answer for each label asked, for this clipping
	byCue       []int           // joinAsides' statements by their cues' starts (join_aside.go)
	labelOuts   map[string]int  // mentionsOutsideLabels' count of each word asked, for this clipping (colon_source.go)
	midCaps     capPlaces       // capitalisedElsewhere's places of each word asked, for this clipping (speaker_body_subject.go)
	headTx      []digest.Span   // the headlines' spans
	dates       []dateRead      // datePhraseAt's answers at the current sentence's tokens (date_ref.go)
	dateSent    int             // the number of the last sentence that read a date phrase
	bstart      int             // where the current block's text starts
	bquote      int             // where the current block's first quotation of minContinued words starts: -1 none, -2 not looked for yet (continued.go)
	bare        int             // where the latest sentence without a statement of its own starts, else -1 (bare.go)
	turn        int             // index in raws of the latest transcript turn ("TAPPER: ..."), else -1
	answer      int             // index in raws of the latest interview answer its next sentences may join, else -1 (interview.go)
	iv          int             // the entity of the person the interview's intro names, -1 none, -2 not read yet (interview.go)
	quiz        int8            // no question of the clipping is put to "you": 1 so, -1 not, 0 not read yet (interview_quiz.go)
	labels      []blockLabel    // per block: the turn label it opens with, its span, whether a headline (interview.go)
	outlet      string          // the clipping's outlet
	author      string          // the clipping's byline, the writer's name (writer_voice.go)
	tagline     string          // the writer a tagline names (writer_byline.go)
	taglineRead bool            // tagline has been read
	events      []event
	marks       []dateMark // the days body sentences name (date_ref.go)
	ents        entities
	said        spans       // scratch for saidBy, reused across pronouns
	attribs     attribSpans // scratch for viaPhrases, reused across sentences (via.go)
	m           *model      // the learned models; nil: the rules alone
	col         *collector  // training: record instead of applying m
	feat        featurer
	famous      bool     // the table of known people applies (knownEra)
	sent        sentence // the sentence being read: x.feat keeps a pointer to it, so a local one would go to the heap each time
}

func newExtractor(t string) *extractor {
	return &extractor{t: t, ents: entities{byLast: map[string][]int{}}}
}

// block reads one block: its names into the entity table, then its
// statements sentence by sentence.
func (x *extractor) block(b int, bl digest.Block) {
	s, e := clampSpan(x.t, bl.Span)
	if e <= s {
		return
	}
	headline := bl.Kind == digest.BlockHeadline
	x.bstart = s
	x.bquote = -2
	if headline {
		x.headTx = append(x.headTx, digest.Span{s, e})
	}
	x.z.scan(x.t, s, e, headline)
	x.toks = x.z.pair(x.t, x.toks)
	x.sents, x.ends = splitSentences(x.t, x.toks, x.sents[:0], x.ends[:0], headline)
	if !headline {
		x.ents.collect(x.t, x.toks, x.ends)
	}
	for _, r := range x.sents {
		st := &x.sent
		*st = sentence{x: x, t: x.t, toks: x.toks[r[0]:r[1]], block: b, headline: headline}
		st.run()
		if !headline {
			st.noteDates()
			st.appositiveRoles() // speaker_appos_role.go
		}
		x.noteBare(st)
	}
}

// startsBlock reports whether only white space stands between the current
// block's start and byte p.
func (x *extractor) startsBlock(p int) bool {
	return p >= x.bstart && strings.TrimSpace(x.t[x.bstart:p]) == ""
}

// finish resolves speakers and dates and builds the statements.
// It also returns the index in x.raws of each statement.
func (x *extractor) finish(pub digest.Date) ([]digest.Statement, []int) {
	if len(x.raws) == 0 {
		return nil, nil
	}
	rawOf := make([]int, 0, len(x.raws))
	x.dropHeadlineEchoes()
	x.joinAsides() // join_aside.go
	res := x.resolve()
	x.date(res, pub)
	kept := 0 // the statements not dropped: no more are built
	for i := range x.raws {
		if !x.raws[i].drop {
			kept++
		}
	}
	out := make([]digest.Statement, 0, kept)
	seen := map[string]bool{}                     // speakers given their aliases (resolve_fields.go)
	spaced := len(x.raws) > 0 && brokenWords(x.t) // token_hyphen.go: "over- sight"; no statement, no scan of the text
	// each unbroken content's one span, in one array for all
	whole := make([]digest.Span, len(x.raws))
	for i := range x.raws {
		r := &x.raws[i]
		// The spans lose the white space cleanContent trims (a no-break
		// or other Unicode space at an edge), so content matches its span.
		r.content = trimSpaceSpan(x.t, r.content)
		if r.turn && r.parts == nil {
			r.content = withMark(x.t, r.content) // "BOLDEN: Why not debate?"
		}
		for k := range r.parts {
			r.parts[k] = trimSpaceSpan(x.t, r.parts[k])
		}
		content := cleanContent(x.t[r.content[0]:r.content[1]], spaced)
		parts := r.parts
		if parts == nil {
			whole[i] = r.content
			parts = whole[i : i+1 : i+1]
		} else {
			var b strings.Builder
			for k, p := range parts {
				if k > 0 {
					b.WriteString(" … ")
				}
				b.WriteString(cleanContent(x.t[p[0]:p[1]], spaced))
			}
			content = b.String()
		}
		if content == "" || res[i].name == "" || r.drop || bareLink(content) { // content_link.go
			continue
		}
		st := digest.Statement{
			Speaker:      res[i].name,
			SpeakerTitle: bodyTitle(res[i].name, res[i].title), // resolve_own_title.go
			SpeakerSpan:  r.speaker.span,
			Cue:          r.cueText,
			CueSpan:      r.cue,
			Content:      content,
			ContentSpan:  r.content,
			ContentSpans: parts,
			Direct:       r.direct,
			Via:          r.via,
			Audience:     r.audience,
		}
		if st.Cue == "" {
			st.Cue = digest.FoldSpace(x.t[r.cue[0]:r.cue[1]])
			withCallParticle(x.t, &st) // call_particle.go: "called on"
			withComparison(x.t, &st)   // cue_likely.go: "more likely to say"
		}
		st.SetDate(res[i].date)
		x.speakerFields(&res[i], &st, seen)
		out = append(out, st)
		rawOf = append(rawOf, i)
	}
	return out, rawOf
}

// cleanContent folds white space in a statement's content and rejoins the
// words a hard-wrapped text broke at its lines' ends (token_hyphen.go).
func cleanContent(s string, spaced bool) string {
	return strings.TrimSpace(fold(joinBroken(s, spaced)))
}

// withMark widens sp over the question or exclamation mark right after
// it: a transcript's turn is its speaker's own words, and "Why not
// debate?" asks what "Why not debate" would state. A full stop stays out,
// as it does of every content.
func withMark(t string, sp digest.Span) digest.Span {
	e := sp[1]
	for e < len(t) && (t[e] == '?' || t[e] == '!') {
		e++
	}
	return digest.Span{sp[0], e}
}

// trimSpaceSpan narrows sp past the white space (any Unicode space, as
// strings.TrimSpace sees it) at its two ends.
func trimSpaceSpan(t string, sp digest.Span) digest.Span {
	a, b := sp[0], sp[1]
	for a < b {
		r, n := utf8.DecodeRuneInString(t[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for b > a {
		r, n := utf8.DecodeLastRuneInString(t[a:b])
		if !unicode.IsSpace(r) {
			break
		}
		b -= n
	}
	return digest.Span{a, b}
}
