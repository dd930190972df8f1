package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // IANA time zones even where the system has none

	"github.com/whosaid/whosaid/digest"
)

// errNoChat answers a settings command in a chat that never sent /start.
var errNoChat = digest.Errorf(digest.EINVALID, "This chat is not set up yet: send /start first.")

// loadChat returns the stored chat of r, or errNoChat.
func (b *Bot) loadChat(r *request) (*digest.Chat, error) {
	c, err := b.findChat(r)
	if err == nil && c == nil {
		return nil, errNoChat
	}
	return c, err
}

// findChat returns the stored chat of r, or nil when there is none.
func (b *Bot) findChat(r *request) (*digest.Chat, error) {
	c, err := b.chats.Chat(r.ctx, r.chat.ID)
	if digest.ErrorCode(err) == digest.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("bot: load chat %d: %w", r.chat.ID, err)
	}
	return c, nil
}

// changeChat checks the sender's rights, loads the chat, applies change
// and saves it.
func (b *Bot) changeChat(r *request, change func(c *digest.Chat) error) (*digest.Chat, error) {
	if err := b.mustChange(r); err != nil {
		return nil, err
	}
	c, err := b.loadChat(r)
	if err != nil {
		return nil, err
	}
	if err := change(c); err != nil {
		return nil, err
	}
	if err := b.chats.SaveChat(r.ctx, c); err != nil {
		return nil, fmt.Errorf("bot: save chat %d: %w", c.ID, err)
	}
	return c, nil
}

// chatTitle is how a chat is named in the store.
func chatTitle(r *request) string {
	if r.chat.Title != "" {
		return r.chat.Title
	}
	name := strings.TrimSpace(r.chat.FirstName + " " + r.chat.LastName)
	if name == "" && r.chat.UserName != "" {
		name = "@" + r.chat.UserName
	}
	return name
}

// subscribe creates or revives the chat's subscription. A chat coming
// back (after /unsubscribe or a 403) has its watches restarted first, so
// they alert about what is said from now on, not about what was said
// while it was away; restarted says how many.
func (b *Bot) subscribe(r *request) (c *digest.Chat, restarted int, err error) {
	if err := b.mustChange(r); err != nil {
		return nil, 0, err
	}
	c, err = b.findChat(r)
	if err != nil {
		return nil, 0, err
	}
	if c == nil {
		c = &digest.Chat{
			ID: r.chat.ID, Type: r.chat.Type, DigestTime: b.cfg.DigestTime,
			Timezone: b.cfg.DigestTimezone, NothingNew: b.cfg.NothingNew, Created: b.clock.Now(),
		}
	} else if ws, ok := b.store.(digest.WatchStore); ok && !(c.Subscribed && c.Active) {
		// Before the chat counts as subscribed: the alert job never sees
		// its watches at their old marks.
		if restarted, err = ws.RestartWatches(r.ctx, c.ID); err != nil {
			return nil, 0, err
		}
	}
	c.Title = chatTitle(r)
	c.Subscribed, c.Active, c.Inactive = true, true, ""
	if err := b.chats.SaveChat(r.ctx, c); err != nil {
		return nil, 0, fmt.Errorf("bot: save chat %d: %w", c.ID, err)
	}
	return c, restarted, nil
}

// watchesBack says that n watches alert again, or "" when n is 0.
func watchesBack(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" Alerts from this chat's %s start again, about what is said from now on (/watches).", digest.Count(n, "watch", "watches"))
}

func (b *Bot) cmdStart(r *request) error {
	c, restarted, err := b.subscribe(r)
	if err != nil {
		return err
	}
	text := "<b>whosaid</b> reads the news and tells who said what, and when.\n\n" +
		fmt.Sprintf("This chat gets a digest every day at %s (%s). ", c.DigestTime, digest.EscapeHTML(c.Timezone)) +
		"Change it with /time and /timezone, keep to some speakers with /follow, get an alert when someone says some words with /watch." +
		watchesBack(restarted) + "\n\n" +
		"Try /latest, /search peskov, or /timeline peskov normalization. /help lists everything."
	return b.send(r, text)
}

func (b *Bot) cmdSubscribe(r *request) error {
	c, restarted, err := b.subscribe(r)
	if err != nil {
		return err
	}
	return b.send(r, fmt.Sprintf("Subscribed: a digest every day at %s (%s).", c.DigestTime, digest.EscapeHTML(c.Timezone))+watchesBack(restarted))
}

// chatWatches returns how many watches chat id has; 0 when the store
// keeps none.
func (b *Bot) chatWatches(r *request, id int64) (int, error) {
	ws, ok := b.store.(digest.WatchStore)
	if !ok {
		return 0, nil
	}
	list, err := ws.Watches(r.ctx, id)
	return len(list), err
}

// cmdUnsubscribe stops everything the bot sends a chat unasked: daily
// digests and the watches' alerts. The watches are kept, stopped, and
// alert again after /subscribe; /pause is for digests alone.
func (b *Bot) cmdUnsubscribe(r *request) error {
	c, err := b.changeChat(r, func(c *digest.Chat) error { c.Subscribed = false; return nil })
	if err != nil {
		return err
	}
	n, err := b.chatWatches(r, c.ID)
	if err != nil {
		return err
	}
	if n == 0 {
		return b.send(r, "Unsubscribed: no more daily digests. /subscribe brings them back; your settings are kept.")
	}
	return b.send(r, fmt.Sprintf("Unsubscribed: no more daily digests, and no alerts from this chat's %s. "+
		"/subscribe brings both back (alerts then about what is said from then on); your settings and watches are kept. "+
		"/unwatch removes a watch for good.", digest.Count(n, "watch", "watches")))
}

func (b *Bot) cmdPause(r *request) error {
	c, err := b.changeChat(r, func(c *digest.Chat) error { c.Paused = true; return nil })
	if err != nil {
		return err
	}
	msg := "Paused. /resume to get daily digests again."
	if n, err := b.chatWatches(r, c.ID); err != nil {
		return err
	} else if n > 0 && c.Subscribed {
		msg += fmt.Sprintf(" Alerts from this chat's %s go on; /unsubscribe stops them too.", digest.Count(n, "watch", "watches"))
	}
	return b.send(r, msg)
}

func (b *Bot) cmdResume(r *request) error {
	c, err := b.changeChat(r, func(c *digest.Chat) error { c.Paused = false; return nil })
	if err != nil {
		return err
	}
	msg := "Resumed."
	if !c.Subscribed {
		msg += " This chat is unsubscribed, though: /subscribe to get digests."
	}
	return b.send(r, msg)
}

// parseClock parses HH:MM (24-hour).
func parseClock(s string) (string, error) {
	bad := digest.Errorf(digest.EINVALID, "Send the time as HH:MM, 24-hour, like /time 08:30.")
	h, m, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok || len(m) != 2 || len(h) < 1 || len(h) > 2 {
		return "", bad
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh < 0 || hh > 23 || mm < 0 || mm > 59 || strings.ContainsAny(h+m, "+-") {
		return "", bad
	}
	return fmt.Sprintf("%02d:%02d", hh, mm), nil
}

// loadZone resolves an IANA time zone name, forgiving its case.
func loadZone(name string) (*time.Location, error) {
	bad := digest.Errorf(digest.EINVALID, "I don't know the time zone %q. Use an IANA name like Europe/Moscow, America/New_York or UTC.", digest.Shorten(name, 40))
	name = strings.TrimSpace(name)
	if name == "" || name == "Local" || strings.Contains(name, "..") || strings.HasPrefix(name, "/") || len(name) > 64 {
		return nil, bad
	}
	for _, n := range []string{name, titleZone(name), strings.ToUpper(name)} {
		if loc, err := time.LoadLocation(n); err == nil && n != "Local" {
			return loc, nil
		}
	}
	return nil, bad
}

// titleZone capitalises each word of a zone name: "europe/moscow" ->
// "Europe/Moscow", "america/new_york" -> "America/New_York".
func titleZone(s string) string {
	out := []byte(strings.ToLower(s))
	up := true
	for i, c := range out {
		if up && c >= 'a' && c <= 'z' {
			out[i] = c - 'a' + 'A'
		}
		up = c == '/' || c == '_' || c == '-'
	}
	return string(out)
}

// nextDigest returns the next time hhmm happens in loc after now, correct
// across daylight saving changes (a time skipped by the clocks moving
// forward is taken as the moment after the gap).
func nextDigest(now time.Time, hhmm string, loc *time.Location) time.Time {
	h, _ := strconv.Atoi(hhmm[:2])
	m, _ := strconv.Atoi(hhmm[3:])
	local := now.In(loc)
	for d := 0; ; d++ {
		t := time.Date(local.Year(), local.Month(), local.Day()+d, h, m, 0, 0, loc)
		// In a gap (02:30 on a spring-forward day) time.Date may land
		// before it: move on by what the wall clock is short.
		if short := (h*60 + m) - (t.Hour()*60 + t.Minute()); short > 0 && t.Day() == local.AddDate(0, 0, d).Day() {
			t = t.Add(time.Duration(short) * time.Minute)
		}
		if t.After(now) {
			return t
		}
	}
}

// scheduleLine tells when the chat's next digest arrives.
func (b *Bot) scheduleLine(c *digest.Chat) string {
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		loc = time.UTC
	}
	next := nextDigest(b.clock.Now(), c.DigestTime, loc)
	return fmt.Sprintf("Daily digest at %s %s; the next one %s.", c.DigestTime, digest.EscapeHTML(c.Timezone), next.Format("Mon 2 Jan 15:04 MST"))
}

func (b *Bot) cmdTime(r *request) error {
	if r.args == "" {
		c, err := b.loadChat(r)
		if err != nil {
			return err
		}
		return b.send(r, b.scheduleLine(c)+"\nChange it with /time HH:MM.")
	}
	hhmm, err := parseClock(r.args)
	if err != nil {
		return err
	}
	c, err := b.changeChat(r, func(c *digest.Chat) error { c.DigestTime = hhmm; return nil })
	if err != nil {
		return err
	}
	return b.send(r, b.scheduleLine(c))
}

func (b *Bot) cmdTimezone(r *request) error {
	if r.args == "" {
		c, err := b.loadChat(r)
		if err != nil {
			return err
		}
		return b.send(r, fmt.Sprintf("This chat's time zone is %s. Change it with /timezone Area/City.", digest.EscapeHTML(c.Timezone)))
	}
	loc, err := loadZone(r.args)
	if err != nil {
		return err
	}
	c, err := b.changeChat(r, func(c *digest.Chat) error { c.Timezone = loc.String(); return nil })
	if err != nil {
		return err
	}
	now := b.clock.Now().In(loc)
	return b.send(r, fmt.Sprintf("Time zone set: it is %s there now.\n%s", now.Format("15:04 MST"), b.scheduleLine(c)))
}

func (b *Bot) cmdSettings(r *request) error {
	c, err := b.loadChat(r)
	if err != nil {
		return err
	}
	var sb strings.Builder
	sb.WriteString("<b>Settings</b>\n")
	state := "subscribed"
	switch {
	case !c.Subscribed:
		state = "not subscribed (/subscribe)"
	case !c.Active:
		state = "inactive: " + digest.EscapeHTML(c.Inactive)
	case c.Paused:
		state = "paused (/resume)"
	}
	sb.WriteString("Digests: " + state + "\n")
	sb.WriteString(b.scheduleLine(c) + "\n")
	names, err := b.speakerNames(r.ctx, c.Follows)
	if err != nil {
		return err
	}
	if len(names) == 0 {
		sb.WriteString("Following: nobody: digests show everyone (/follow a speaker for theirs only)\n")
	} else {
		sb.WriteString("Following: " + digest.EscapeHTML(strings.Join(names, ", ")) + " (digests show only theirs)\n")
	}
	if muted, err := b.speakerNames(r.ctx, c.Mutes); err != nil {
		return err
	} else if len(muted) > 0 {
		sb.WriteString("Muted: " + digest.EscapeHTML(strings.Join(muted, ", ")) + "\n")
	}
	if ws, ok := b.store.(digest.WatchStore); ok {
		if list, err := ws.Watches(r.ctx, c.ID); err != nil {
			return err
		} else if len(list) > 0 {
			stopped := ""
			if !c.Subscribed {
				stopped = ", stopped while unsubscribed"
			}
			sb.WriteString(fmt.Sprintf("Watches: %d (/watches%s)\n", len(list), stopped))
		}
	}
	if !c.LastDigest.IsZero() {
		sb.WriteString("Last digest: " + c.LastDigest.Format("2 Jan 2006 15:04 MST") + "\n")
	}
	return b.send(r, sb.String())
}
