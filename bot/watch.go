package bot

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/digest"
)

// watchMaxRunes bounds what one /watch may ask for.
const watchMaxRunes = 200

// speakerFilter finds speaker:NAME (or by:, who:) in a /watch, the name
// quoted when it has spaces.
var speakerFilter = regexp.MustCompile(`(?i)(?:^|\s)(?:speaker|by|who):(?:"([^"]*)"|“([^”]*)”|(\S*))`)

// watches returns the store's watches, or an EINTERNAL error when the store
// keeps none.
func (b *Bot) watches() (digest.WatchStore, error) {
	ws, ok := b.store.(digest.WatchStore)
	if !ok {
		return nil, fmt.Errorf("bot: the store keeps no watches")
	}
	return ws, nil
}

// watchChat checks that the sender may change the chat's watches and
// returns the chat and the store's watches.
func (b *Bot) watchChat(r *request) (*digest.Chat, digest.WatchStore, error) {
	if err := b.mustChange(r); err != nil {
		return nil, nil, err
	}
	c, err := b.loadChat(r)
	if err != nil {
		return nil, nil, err
	}
	ws, err := b.watches()
	return c, ws, err
}

// findOneSpeaker returns the speaker name names: the one of that name or
// surname, or the only close spelling. Several or none give an EINVALID
// error that says what to send.
func (b *Bot) findOneSpeaker(r *request, name string) (*digest.Speaker, error) {
	if utf8.RuneCountInString(name) > 100 {
		return nil, digest.Errorf(digest.EINVALID, "That name is too long.")
	}
	cands, err := b.store.FindSpeakers(r.ctx, name, 5)
	if err != nil {
		return nil, fmt.Errorf("bot: find speakers: %w", err)
	}
	for _, c := range cands {
		if namesSpeaker(c, name) || len(cands) == 1 {
			return &c, nil
		}
	}
	if len(cands) == 0 {
		return nil, digest.Errorf(digest.EINVALID, "I know no speaker called “%s”. /speakers lists the most quoted.", digest.Shorten(name, 40))
	}
	var names []string
	for _, c := range cands {
		names = append(names, c.Name)
	}
	return nil, digest.Errorf(digest.EINVALID, "“%s” could be %s. Send the full name.", digest.Shorten(name, 40), strings.Join(names, ", or "))
}

// knownSpeaker reports whether the store knows any speaker by name (or a
// close spelling of it).
func (b *Bot) knownSpeaker(r *request, name string) (bool, error) {
	if utf8.RuneCountInString(name) > 100 {
		return false, digest.Errorf(digest.EINVALID, "That name is too long.")
	}
	cands, err := b.store.FindSpeakers(r.ctx, name, 1)
	if err != nil {
		return false, fmt.Errorf("bot: find speakers: %w", err)
	}
	return len(cands) > 0, nil
}

// unsubscribedNote is what a watch's reply adds for a chat that gets no
// alerts until it subscribes again.
func unsubscribedNote(c *digest.Chat) string {
	if c.Subscribed {
		return ""
	}
	return " (once this chat is subscribed again: /subscribe)"
}

// hasWords reports whether s has a letter or digit to search for.
func hasWords(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func (b *Bot) cmdWatch(r *request) error {
	args := strings.TrimSpace(r.args)
	if args == "" {
		return digest.Errorf(digest.EINVALID, `Send /watch and words or a "phrase", and speaker:name if you like: /watch sanctions speaker:peskov. I alert this chat as soon as a new statement matches.`)
	}
	if utf8.RuneCountInString(args) > watchMaxRunes {
		return digest.Errorf(digest.EINVALID, "That watch is too long: at most %d characters, please.", watchMaxRunes)
	}
	c, ws, err := b.watchChat(r)
	if err != nil {
		return err
	}
	w := digest.Watch{ChatID: c.ID}
	unknown := false // the speaker asked for was never quoted
	if m := speakerFilter.FindStringSubmatchIndex(args); m != nil {
		name := ""
		for g := 1; g <= 3; g++ {
			if m[2*g] >= 0 {
				name = args[m[2*g]:m[2*g+1]]
			}
		}
		if !hasWords(name) {
			return digest.Errorf(digest.EINVALID, "speaker: wants a name, like speaker:peskov.")
		}
		name = digest.FoldSpace(name)
		known, err := b.knownSpeaker(r, name)
		if err != nil {
			return err
		}
		if known {
			sp, err := b.findOneSpeaker(r, name)
			if err != nil {
				return err
			}
			w.SpeakerID, w.Speaker = sp.ID, sp.Name
		} else {
			// Nobody of that name quoted yet: watching for the first
			// statement by someone is the point. The store matches the
			// name against the speakers' names when statements arrive.
			w.Speaker, unknown = name, true
		}
		args = strings.TrimSpace(args[:m[0]] + " " + args[m[1]:])
	}
	if !hasWords(args) && w.Speaker == "" {
		return digest.Errorf(digest.EINVALID, `A watch needs words to look for: /watch "nowhere fast".`)
	}
	if hasWords(args) {
		w.Query = args
	}
	if err := ws.AddWatch(r.ctx, &w); err != nil {
		return err
	}
	if unknown {
		return b.send(r, fmt.Sprintf("🔔 Watching <b>%s</b>. There are no statements by %s yet; you'll be alerted when one that matches arrives%s. /watches lists this chat's watches; /unwatch stops one.",
			digest.EscapeHTML(w.Label()), digest.EscapeHTML(w.Speaker), unsubscribedNote(c)))
	}
	if !c.Subscribed {
		return b.send(r, fmt.Sprintf("🔔 Watching <b>%s</b>, but this chat is unsubscribed: /subscribe, and I alert it as soon as a new statement matches.",
			digest.EscapeHTML(w.Label())))
	}
	return b.send(r, fmt.Sprintf("🔔 Watching <b>%s</b>: I alert this chat as soon as a new statement matches. /watches lists this chat's watches; /unwatch stops one.",
		digest.EscapeHTML(w.Label())))
}

func (b *Bot) cmdWatches(r *request) error {
	c, err := b.findChat(r)
	if err != nil {
		return err
	}
	if c == nil {
		return b.send(r, "This chat watches nothing. /watch some words to be alerted when someone says them.")
	}
	ws, err := b.watches()
	if err != nil {
		return err
	}
	list, err := ws.Watches(r.ctx, c.ID)
	if err != nil {
		return err
	}
	if len(list) == 0 {
		return b.send(r, "This chat watches nothing. /watch some words to be alerted when someone says them.")
	}
	parts := []string{"<b>Watches</b>"}
	for _, w := range list {
		parts = append(parts, fmt.Sprintf("%d. %s", w.ID, digest.EscapeHTML(w.Label())))
	}
	if !c.Subscribed {
		parts = append(parts, "\nThis chat is unsubscribed: its watches send no alerts until /subscribe.")
	}
	parts = append(parts, "\n/unwatch N stops watch N.")
	return b.sendParts(r, parts, nil)
}

func (b *Bot) cmdUnwatch(r *request) error {
	c, ws, err := b.watchChat(r)
	if err != nil {
		return err
	}
	arg := strings.TrimSpace(r.args)
	if arg == "" {
		list, err := ws.Watches(r.ctx, c.ID)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return b.send(r, "This chat watches nothing.")
		}
		var rows [][]tgbotapi.InlineKeyboardButton
		for _, w := range list {
			rows = append(rows, tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData(digest.Shorten(w.Label(), 60), "w|"+strconv.FormatInt(w.ID, 10))))
		}
		kb := tgbotapi.NewInlineKeyboardMarkup(rows...)
		_, err = b.sender.Send(r.ctx, r.chat.ID, "Stop which watch?", &kb)
		return err
	}
	id, err := strconv.ParseInt(strings.TrimPrefix(arg, "#"), 10, 64)
	if err != nil {
		return digest.Errorf(digest.EINVALID, "Send /unwatch and a watch's number from /watches, or /unwatch alone to pick one.")
	}
	return b.unwatch(r, c.ID, id)
}

// unwatch removes a chat's watch and says so.
func (b *Bot) unwatch(r *request, chatID, id int64) error {
	ws, err := b.watches()
	if err != nil {
		return err
	}
	if err := ws.DeleteWatch(r.ctx, chatID, id); err != nil {
		return err
	}
	return b.send(r, fmt.Sprintf("Watch %d stopped.", id))
}

func (b *Bot) cmdMute(r *request) error {
	name := strings.TrimSpace(r.args)
	if name == "" {
		return digest.Errorf(digest.EINVALID, "Send /mute and a name, like /mute trump: their statements leave this chat's digests and alerts.")
	}
	if err := b.mustChange(r); err != nil {
		return err
	}
	if _, err := b.loadChat(r); err != nil {
		return err
	}
	sp, err := b.findOneSpeaker(r, name)
	if err != nil {
		return err
	}
	return b.mute(r, sp, true)
}

func (b *Bot) cmdUnmute(r *request) error {
	name := strings.TrimSpace(r.args)
	if err := b.mustChange(r); err != nil {
		return err
	}
	c, err := b.loadChat(r)
	if err != nil {
		return err
	}
	if len(c.Mutes) == 0 {
		return b.send(r, "This chat mutes nobody.")
	}
	if name == "" {
		names, err := b.speakerNames(r.ctx, c.Mutes)
		if err != nil {
			return err
		}
		return b.send(r, "Muted: "+digest.EscapeHTML(strings.Join(names, ", "))+". Send /unmute and a name.")
	}
	sp, err := b.findOneSpeaker(r, name)
	if err != nil {
		return err
	}
	return b.mute(r, sp, false)
}

// mute adds (or removes) a speaker in the chat's mutes and says so.
func (b *Bot) mute(r *request, sp *digest.Speaker, on bool) error {
	_, err := b.changeChat(r, func(c *digest.Chat) error {
		var out []int64
		for _, id := range c.Mutes {
			if id != sp.ID {
				out = append(out, id)
			}
		}
		if on {
			out = append(out, sp.ID)
		}
		c.Mutes = out
		return nil
	})
	if err != nil {
		return err
	}
	if on {
		return b.send(r, fmt.Sprintf("Muted <b>%s</b>: their statements leave this chat's digests and alerts. /unmute brings them back.", digest.EscapeHTML(sp.Name)))
	}
	return b.send(r, fmt.Sprintf("<b>%s</b> is no longer muted.", digest.EscapeHTML(sp.Name)))
}
