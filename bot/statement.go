package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/digest"
)

// LatestMax is the most statements /latest N shows: a digest's line
// offering "/latest N" offers no more.
const LatestMax = 30

// Paging and size limits of the replies.
const (
	latestDefault   = 5
	latestMax       = LatestMax
	searchPerPage   = 5
	searchMaxRunes  = 500
	timelinePerPage = 8
	timelineFetch   = 2000 // statements read for one timeline
	quoteMax        = 300
	// latestWindow is how many of the newest statements /latest reads to
	// find the newest stories and show each from its lede.
	latestWindow = 300
	digestRead   = 500 // new statements /digest reads at most
)

// newStore is implemented by stores that read what is new in the order it
// was stored (store.Store does): /digest reads as the daily digest does.
type newStore interface {
	NewEntries(ctx context.Context, q digest.NewQuery) ([]digest.Entry, int, error)
	CountOthers(ctx context.Context, afterID, upTo int64, speakers, muted []int64) (int, error)
	MaxEntryID(ctx context.Context) (int64, error)
}

// addQuestions adds what the entries' clippings say (the questions short
// answers answer, how the writer named the speaker), when the store can
// read clippings (store.Store can).
func (b *Bot) addQuestions(ctx context.Context, entries []digest.Entry) error {
	if cr, ok := b.store.(digest.ClippingReader); ok {
		if err := digest.AddClippingFacts(ctx, cr, entries); err != nil {
			return fmt.Errorf("bot: questions: %w", err)
		}
	}
	return nil
}

// speakerLookup is implemented by stores that can return a speaker by id
// (store.Store does). The bot uses it to name followed speakers and to
// check ids that come back in callback data.
type speakerLookup interface {
	Speaker(ctx context.Context, id int64) (*digest.Speaker, error)
}

// speaker returns the speaker with id, or an ENOTFOUND error.
func (b *Bot) speaker(ctx context.Context, id int64) (*digest.Speaker, error) {
	if sl, ok := b.store.(speakerLookup); ok {
		return sl.Speaker(ctx, id)
	}
	return nil, digest.Errorf(digest.ENOTFOUND, "no speaker %d", id)
}

// speakerNames names the speakers with ids, skipping unknown ones.
func (b *Bot) speakerNames(ctx context.Context, ids []int64) ([]string, error) {
	var out []string
	for _, id := range ids {
		sp, err := b.speaker(ctx, id)
		switch {
		case digest.ErrorCode(err) == digest.ENOTFOUND:
			out = append(out, "#"+strconv.FormatInt(id, 10))
		case err != nil:
			return nil, fmt.Errorf("bot: speaker %d: %w", id, err)
		default:
			out = append(out, sp.Name)
		}
	}
	return out, nil
}

// renderEntry renders one statement for /search: the speaker on a line
// of its own, then the entry as a sentence, as the digest writes it; for a
// search hit whose snippet comes from the content, the snippet with the
// matched words in bold takes the content's place.
func renderEntry(e digest.Entry, now time.Time, useSnippet bool) string {
	var sb strings.Builder
	head, title, _ := strings.Cut(digest.SpeakerHeadingTitle(e.Speaker, e.SpeakerTitle), digest.HeadingTitleSep)
	sb.WriteString("<b>" + digest.EscapeHTML(head) + "</b>")
	if title != "" {
		sb.WriteString(digest.HeadingTitleSep + digest.EscapeHTML(title))
	}
	sb.WriteString("\n")
	if useSnippet && snippetOfContent(e) {
		sb.WriteString(digest.SnippetHTML(e, now))
	} else {
		sb.WriteString(digest.EntryHTML(e, now, quoteMax))
	}
	return sb.String()
}

// snippetOfContent reports whether e's search snippet is cut from its
// content. A snippet cut from the clipping around the speaker's name would
// show several statements of one article as the same line, so those show
// their content instead.
func snippetOfContent(e digest.Entry) bool {
	if e.Snippet == "" {
		return false
	}
	plain := strings.NewReplacer(digest.SnippetOpen, "", digest.SnippetClose, "").Replace(e.Snippet)
	plain = strings.TrimSpace(strings.Trim(plain, "…"))
	return plain != "" && strings.Contains(digest.FoldSpace(e.Content), digest.FoldSpace(plain))
}

func (b *Bot) cmdLatest(r *request) error {
	n := latestDefault
	if r.args != "" {
		v, err := strconv.Atoi(r.args)
		if err != nil || v < 1 || v > latestMax {
			return digest.Errorf(digest.EINVALID, "Send /latest, or /latest N with N from 1 to %d.", latestMax)
		}
		n = v
	}
	entries, err := b.store.Latest(r.ctx, digest.Filter{Limit: latestWindow})
	if err != nil {
		return fmt.Errorf("bot: latest: %w", err)
	}
	if len(entries) == 0 {
		return b.send(r, "Nothing stored yet.")
	}
	if err := b.addQuestions(r.ctx, entries); err != nil {
		return err
	}
	now := b.clock.Now()
	d := digest.Latest(entries, digest.ComposeOptions{Title: fmt.Sprintf("Latest %d", min(n, len(entries))), MaxEntries: n, Now: now})
	d.More, d.MoreStories = 0, 0
	return b.sendParts(r, d.HTML(), nil)
}

// searchPage renders one page of search results and its buttons.
func (b *Bot) searchPage(ctx context.Context, query string, page int) (string, *tgbotapi.InlineKeyboardMarkup, error) {
	res, err := b.store.Search(ctx, query, searchPerPage, page*searchPerPage)
	if err != nil {
		return "", nil, err
	}
	if err := b.addQuestions(ctx, res.Entries); err != nil {
		return "", nil, err
	}
	head := "🔎 <b>" + digest.EscapeHTML(digest.Shorten(query, 60)) + "</b>"
	if page > 0 || res.More {
		head += fmt.Sprintf(" — page %d", page+1)
	}
	if len(res.Entries) == 0 {
		if page > 0 {
			return head + "\nNo more results.", b.pager("s", page, false, query, ""), nil
		}
		return head + "\nNothing found. Try fewer words, or a speaker's surname.", nil, nil
	}
	now := b.clock.Now()
	parts := []string{head}
	for _, e := range res.Entries {
		parts = append(parts, "\n"+renderEntry(e, now, true))
	}
	return fitOne(parts), b.pager("s", page, res.More, query, ""), nil
}

// fitOne joins parts into one message, dropping trailing parts that do not
// fit: a paged reply is always one message.
func fitOne(parts []string) string {
	msgs := digest.PackMessages(parts, digest.MaxMessageLen)
	if len(msgs) == 0 {
		return ""
	}
	return msgs[0]
}

func (b *Bot) cmdSearch(r *request) error {
	q := strings.TrimSpace(r.args)
	if q == "" {
		return digest.Errorf(digest.EINVALID, "Send /search and some words, like /search peskov normalization. \"Quoted phrases\", speaker:name, since:2025-01-01 and before:2025-06-01 work too.")
	}
	if utf8.RuneCountInString(q) > searchMaxRunes {
		return digest.Errorf(digest.EINVALID, "That search is too long: at most %d characters, please.", searchMaxRunes)
	}
	text, kb, err := b.searchPage(r.ctx, q, 0)
	if err != nil {
		return err
	}
	_, err = b.sender.Send(r.ctx, r.chat.ID, text, kb)
	return err
}

// resolveSpeaker finds the speaker named by the longest leading run of
// words that names one exactly; the rest is the topic. When none does, it
// returns the closest names the store knows.
func (b *Bot) resolveSpeaker(ctx context.Context, args string) (*digest.Speaker, string, []digest.Speaker, error) {
	if name, rest, ok := quotedName(args); ok {
		cands, err := b.store.FindSpeakers(ctx, name, 3)
		if err != nil {
			return nil, "", nil, fmt.Errorf("bot: find speakers: %w", err)
		}
		for _, c := range cands {
			if namesSpeaker(c, name) {
				return &c, rest, nil, nil
			}
		}
		return nil, "", cands, nil
	}
	words := strings.Fields(args)
	for k := min(len(words), 4); k >= 1; k-- {
		name := strings.Join(words[:k], " ")
		cands, err := b.store.FindSpeakers(ctx, name, 5)
		if err != nil {
			return nil, "", nil, fmt.Errorf("bot: find speakers: %w", err)
		}
		for _, c := range cands {
			if namesSpeaker(c, name) {
				return &c, strings.Join(words[k:], " "), nil, nil
			}
		}
	}
	sugg, err := b.store.FindSpeakers(ctx, words[0], 3)
	if err != nil {
		return nil, "", nil, fmt.Errorf("bot: find speakers: %w", err)
	}
	return nil, "", sugg, nil
}

// quotedName splits a speaker's name given in quotation marks, straight or
// curly as phone keyboards type them ("“Dmitry Peskov” tango"), from what
// follows it. ok is false when args do not start with a quotation mark or
// the name is empty.
func quotedName(args string) (name, rest string, ok bool) {
	s := strings.TrimSpace(args)
	r, n := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(`"“”«„`, r) {
		return "", "", false
	}
	s = s[n:]
	end := strings.IndexAny(s, `"“”»`)
	if end < 0 {
		end = len(s)
	}
	name = strings.Join(strings.Fields(s[:end]), " ")
	if end < len(s) {
		_, m := utf8.DecodeRuneInString(s[end:])
		rest = strings.TrimSpace(s[end+m:])
	}
	return name, rest, name != ""
}

// namesSpeaker reports whether name is one of sp's names or the last word
// of one (a surname), ignoring case.
func namesSpeaker(sp digest.Speaker, name string) bool {
	for _, a := range append([]string{sp.Name}, sp.Aliases...) {
		if strings.EqualFold(a, name) {
			return true
		}
		f := strings.Fields(a)
		if len(f) > 1 && strings.EqualFold(f[len(f)-1], name) {
			return true
		}
	}
	return false
}

// timelinePage renders one page of a speaker's timeline and its buttons.
func (b *Bot) timelinePage(ctx context.Context, sp digest.Speaker, topic string, page int) (string, *tgbotapi.InlineKeyboardMarkup, error) {
	res, err := b.store.Timeline(ctx, sp.ID, topic, timelineFetch, 0)
	if err != nil {
		return "", nil, err
	}
	if err := b.addQuestions(ctx, res.Entries); err != nil {
		return "", nil, err
	}
	if len(res.Entries) == 0 {
		about := ""
		if topic != "" {
			about = " about " + digest.EscapeHTML(digest.Shorten(topic, 60))
		}
		return fmt.Sprintf("No statements by <b>%s</b>%s.", digest.EscapeHTML(sp.Name), about), nil, nil
	}
	tl := digest.NewTimeline(sp, topic, res.Entries, b.clock.Now())
	text, pages := tl.HTMLPage(page, timelinePerPage)
	page = min(max(page, 0), pages-1)
	var row []tgbotapi.InlineKeyboardButton
	if page > 0 {
		row = append(row, tgbotapi.NewInlineKeyboardButtonData("« Older", b.timelineData(sp.ID, page-1, topic)))
	}
	if page < pages-1 {
		row = append(row, tgbotapi.NewInlineKeyboardButtonData("Newer »", b.timelineData(sp.ID, page+1, topic)))
	}
	if len(row) == 0 {
		return text, nil, nil
	}
	kb := tgbotapi.NewInlineKeyboardMarkup(row)
	return text, &kb, nil
}

func (b *Bot) cmdTimeline(r *request) error {
	if strings.TrimSpace(r.args) == "" {
		top, err := b.store.TopSpeakers(r.ctx, 5)
		if err != nil {
			return fmt.Errorf("bot: top speakers: %w", err)
		}
		msg := "Send /timeline and a speaker, then a topic if you like: /timeline peskov normalization."
		if len(top) > 0 {
			var names []string
			for _, s := range top {
				names = append(names, digest.EscapeHTML(s.Name))
			}
			msg += "\nThe most quoted: " + strings.Join(names, ", ") + "."
		}
		return b.send(r, msg)
	}
	if utf8.RuneCountInString(r.args) > searchMaxRunes {
		return digest.Errorf(digest.EINVALID, "That is too long: at most %d characters, please.", searchMaxRunes)
	}
	sp, topic, sugg, err := b.resolveSpeaker(r.ctx, r.args)
	if err != nil {
		return err
	}
	if sp == nil {
		name := strings.Fields(r.args)[0]
		if q, _, ok := quotedName(r.args); ok {
			name = q
		}
		msg := fmt.Sprintf("I know no speaker called “%s”.", digest.EscapeHTML(digest.Shorten(name, 40)))
		if len(sugg) > 0 {
			var names []string
			for _, s := range sugg {
				names = append(names, digest.EscapeHTML(s.Name))
			}
			msg += " Did you mean " + strings.Join(names, ", or ") + "?"
		} else {
			msg += " /speakers lists the most quoted."
		}
		return b.send(r, msg)
	}
	text, kb, err := b.timelinePage(r.ctx, *sp, topic, 0)
	if err != nil {
		return err
	}
	_, err = b.sender.Send(r.ctx, r.chat.ID, text, kb)
	return err
}

func (b *Bot) cmdDigest(r *request) error {
	c, err := b.findChat(r)
	if err != nil {
		return err
	}
	f := digest.Filter{Limit: 500}
	opts := digest.ComposeOptions{MaxEntries: b.cfg.MaxEntries}
	loc := time.UTC
	if c != nil {
		f.AfterID = c.LastEntry
		opts.Follows = c.Follows
		if l, err := time.LoadLocation(c.Timezone); err == nil {
			loc = l
		}
	}
	opts.Now, opts.Location = b.clock.Now().In(loc), loc
	opts.MoreCommand, opts.MoreMax, opts.MoreSpeakerCommand = "/latest %d", latestMax, "/timeline %s"
	var entries []digest.Entry
	if ns, ok := b.store.(newStore); ok && c != nil {
		// As the daily digest: followed speakers only, muted ones left out.
		// A chat that never had a digest starts with the newest statements.
		after := c.LastEntry
		if after == 0 && c.LastDigest.IsZero() {
			newest, err := ns.MaxEntryID(r.ctx)
			if err != nil {
				return fmt.Errorf("bot: digest: %w", err)
			}
			after = max(0, newest-digestRead)
		}
		var total int
		entries, total, err = ns.NewEntries(r.ctx, digest.NewQuery{AfterID: after, Speakers: c.Follows, Muted: c.Mutes, Limit: digestRead})
		if err != nil {
			return fmt.Errorf("bot: digest: %w", err)
		}
		opts.Unread = total - len(entries)
		if len(c.Follows) > 0 {
			if opts.Others, err = ns.CountOthers(r.ctx, after, 0, c.Follows, c.Mutes); err != nil {
				return fmt.Errorf("bot: digest: %w", err)
			}
			opts.OthersCommand = "/latest, or /unfollow to see everyone"
		}
	} else if entries, err = b.store.Latest(r.ctx, f); err != nil {
		return fmt.Errorf("bot: digest: %w", err)
	}
	if err := b.addQuestions(r.ctx, entries); err != nil {
		return err
	}
	d := digest.Compose(entries, opts)
	if d.Empty() && d.Others == 0 {
		return b.send(r, "Nothing new since the last digest. /latest shows the newest statements.")
	}
	for _, m := range d.HTML() {
		if _, err := b.sender.Send(r.ctx, r.chat.ID, m, nil); err != nil {
			return err
		}
	}
	return nil
}

func (b *Bot) cmdSpeakers(r *request) error {
	top, err := b.store.TopSpeakers(r.ctx, 20)
	if err != nil {
		return fmt.Errorf("bot: top speakers: %w", err)
	}
	if len(top) == 0 {
		return b.send(r, "No speakers yet.")
	}
	follows := map[int64]bool{}
	if c, err := b.findChat(r); err == nil && c != nil {
		for _, id := range c.Follows {
			follows[id] = true
		}
	}
	parts := []string{"<b>The most quoted</b>"}
	for _, s := range top {
		line := digest.EscapeHTML(s.Name)
		if follows[s.ID] {
			line = "★ " + line
		}
		if s.Title != "" {
			line += ", " + digest.EscapeHTML(s.Title)
		}
		parts = append(parts, fmt.Sprintf("%s — %d", line, s.Statements))
	}
	parts = append(parts, "\n/follow a name for digests of theirs only; /mute a name to leave them out; /timeline a name for what they said over time.")
	return b.sendParts(r, parts, nil)
}

func (b *Bot) cmdSources(r *request) error {
	outlets, err := b.store.Outlets(r.ctx)
	if err != nil {
		return fmt.Errorf("bot: outlets: %w", err)
	}
	if len(outlets) == 0 {
		return b.send(r, "No clippings yet.")
	}
	parts := []string{"<b>Sources</b>"}
	for i, o := range outlets {
		if i == 50 {
			parts = append(parts, fmt.Sprintf("and %d more", len(outlets)-50))
			break
		}
		name := o.Outlet
		if name == "" {
			name = "(unknown outlet)"
		}
		parts = append(parts, fmt.Sprintf("%s — %d", digest.EscapeHTML(name), o.Clippings))
	}
	return b.sendParts(r, parts, nil)
}

func (b *Bot) cmdFollow(r *request) error {
	name := strings.TrimSpace(r.args)
	if name == "" {
		return digest.Errorf(digest.EINVALID, "Send /follow and a name, like /follow peskov. /speakers lists the most quoted.")
	}
	if err := b.mustChange(r); err != nil {
		return err
	}
	if _, err := b.loadChat(r); err != nil {
		return err
	}
	if utf8.RuneCountInString(name) > 100 {
		return digest.Errorf(digest.EINVALID, "That name is too long.")
	}
	cands, err := b.store.FindSpeakers(r.ctx, name, 5)
	if err != nil {
		return fmt.Errorf("bot: find speakers: %w", err)
	}
	if len(cands) == 0 {
		return digest.Errorf(digest.EINVALID, "I know no speaker called “%s”. /speakers lists the most quoted.", digest.Shorten(name, 40))
	}
	for _, c := range cands {
		if namesSpeaker(c, name) || len(cands) == 1 {
			return b.follow(r, c.ID, true)
		}
	}
	var rows [][]tgbotapi.InlineKeyboardButton
	for _, c := range cands {
		rows = append(rows, tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData(digest.Shorten(c.Name, 60), "f|"+strconv.FormatInt(c.ID, 10))))
	}
	kb := tgbotapi.NewInlineKeyboardMarkup(rows...)
	_, err = b.sender.Send(r.ctx, r.chat.ID, "Which one?", &kb)
	return err
}

// follow adds (or removes) a speaker in the chat's follows and says so.
func (b *Bot) follow(r *request, id int64, on bool) error {
	sp, err := b.speaker(r.ctx, id)
	if err != nil {
		return err
	}
	_, err = b.changeChat(r, func(c *digest.Chat) error {
		var out []int64
		for _, f := range c.Follows {
			if f != id {
				out = append(out, f)
			}
		}
		if on {
			out = append(out, id)
		}
		c.Follows = out
		return nil
	})
	if err != nil {
		return err
	}
	if on {
		return b.send(r, fmt.Sprintf("Following <b>%s</b>: this chat's digests show only the statements of the speakers it follows, and count the rest. /unfollow to see everyone again.", digest.EscapeHTML(sp.Name)))
	}
	return b.send(r, fmt.Sprintf("No longer following <b>%s</b>.", digest.EscapeHTML(sp.Name)))
}

func (b *Bot) cmdUnfollow(r *request) error {
	if err := b.mustChange(r); err != nil {
		return err
	}
	c, err := b.loadChat(r)
	if err != nil {
		return err
	}
	if len(c.Follows) == 0 {
		return b.send(r, "This chat follows nobody.")
	}
	name := strings.TrimSpace(r.args)
	if name != "" {
		cands, err := b.store.FindSpeakers(r.ctx, name, 10)
		if err != nil {
			return fmt.Errorf("bot: find speakers: %w", err)
		}
		for _, s := range cands {
			for _, f := range c.Follows {
				if f == s.ID {
					return b.follow(r, s.ID, false)
				}
			}
		}
		return digest.Errorf(digest.EINVALID, "This chat does not follow “%s”.", digest.Shorten(name, 40))
	}
	var rows [][]tgbotapi.InlineKeyboardButton
	names, err := b.speakerNames(r.ctx, c.Follows)
	if err != nil {
		return err
	}
	for i, id := range c.Follows {
		rows = append(rows, tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData(digest.Shorten(names[i], 60), "u|"+strconv.FormatInt(id, 10))))
	}
	kb := tgbotapi.NewInlineKeyboardMarkup(rows...)
	_, err = b.sender.Send(r.ctx, r.chat.ID, "Stop following whom?", &kb)
	return err
}
