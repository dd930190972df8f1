package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/digest"
)

// request is one command or message being handled.
type request struct {
	ctx  context.Context
	msg  *tgbotapi.Message
	chat *tgbotapi.Chat
	from *tgbotapi.User // nil for a channel post
	cmd  string         // lower-case, without '/' and '@bot'
	args string
}

func (r *request) private() bool { return r.chat.Type == digest.ChatPrivate }

// command is one bot command: its menu description and handler.
type command struct {
	name  string
	args  string // usage, for /help
	desc  string
	admin bool // only for Config.Admins; not in the public menu
	run   func(b *Bot, r *request) error
}

// commands lists every command in menu order.
var commands []command

func init() {
	commands = []command{
		{"start", "", "subscribe to daily digests", false, (*Bot).cmdStart},
		{"help", "", "what the bot can do", false, (*Bot).cmdHelp},
		{"latest", "[n]", "the n newest statements (5 unless n, at most 30), newest stories first, each from its lede", false, (*Bot).cmdLatest},
		{"search", "<query>", "search statements: words, \"phrases\", speaker:name, since:2025-01-01", false, (*Bot).cmdSearch},
		{"timeline", "<speaker> [topic]", "what one speaker has said about a topic, over time", false, (*Bot).cmdTimeline},
		{"digest", "", "the digest of what is new, now", false, (*Bot).cmdDigest},
		{"follow", "<speaker>", "digests show only the speakers followed, and count the rest", false, (*Bot).cmdFollow},
		{"unfollow", "[speaker]", "stop following a speaker", false, (*Bot).cmdUnfollow},
		{"mute", "<speaker>", "leave a speaker out of digests and alerts", false, (*Bot).cmdMute},
		{"unmute", "[speaker]", "bring a muted speaker back", false, (*Bot).cmdUnmute},
		{"watch", "<words or \"phrase\"> [speaker:name]", "an alert as soon as a new statement matches", false, (*Bot).cmdWatch},
		{"watches", "", "this chat's watches", false, (*Bot).cmdWatches},
		{"unwatch", "[n]", "stop a watch", false, (*Bot).cmdUnwatch},
		{"speakers", "", "the most quoted speakers", false, (*Bot).cmdSpeakers},
		{"sources", "", "the outlets statements come from", false, (*Bot).cmdSources},
		{"time", "HH:MM", "when the daily digest arrives", false, (*Bot).cmdTime},
		{"timezone", "Area/City", "the time zone for /time", false, (*Bot).cmdTimezone},
		{"pause", "", "pause daily digests (watches still alert)", false, (*Bot).cmdPause},
		{"resume", "", "resume daily digests", false, (*Bot).cmdResume},
		{"settings", "", "this chat's settings", false, (*Bot).cmdSettings},
		{"subscribe", "", "receive daily digests", false, (*Bot).cmdSubscribe},
		{"unsubscribe", "", "stop daily digests and alerts", false, (*Bot).cmdUnsubscribe},
		{"add", "<url or text>", "store a clipping (admins)", true, (*Bot).cmdAdd},
		{"stats", "", "counts and delivery (admins)", true, (*Bot).cmdStats},
	}
}

func findCommand(name string) *command {
	for i := range commands {
		if commands[i].name == name {
			return &commands[i]
		}
	}
	return nil
}

// commandMenu is what setMyCommands registers: the public commands, and
// the admin ones too for the admins' private chats.
func commandMenu(admin bool) []tgbotapi.BotCommand {
	var out []tgbotapi.BotCommand
	for _, c := range commands {
		if !c.admin || admin {
			out = append(out, tgbotapi.BotCommand{Command: c.name, Description: c.desc})
		}
	}
	return out
}

// registerCommands sets the command menus; a failure is logged, as the
// bot works without them.
func (b *Bot) registerCommands(ctx context.Context) {
	if err := b.api.SetCommands(ctx, 0, commandMenu(false)); err != nil && ctx.Err() == nil {
		b.log.Warn("set_my_commands_failed", slog.Any("error", err))
	}
	for _, id := range b.cfg.Admins {
		if err := b.api.SetCommands(ctx, id, commandMenu(true)); err != nil && ctx.Err() == nil {
			// An admin who never started the bot has no chat yet.
			b.log.Info("set_admin_commands_failed", slog.Int64("admin", id), slog.Any("error", err))
		}
	}
}

// handleMessage answers a message or channel post.
func (b *Bot) handleMessage(ctx context.Context, m *tgbotapi.Message) {
	if m.Chat == nil {
		return
	}
	if m.MigrateToChatID != 0 {
		// The service message in a group that became a supergroup.
		if err := b.chats.MigrateChat(ctx, m.Chat.ID, m.MigrateToChatID); err != nil && digest.ErrorCode(err) != digest.ENOTFOUND {
			b.log.Error("chat_migrate_failed", slog.Int64("chat", m.Chat.ID), slog.Any("error", err))
		}
		return
	}
	r := &request{ctx: ctx, msg: m, chat: m.Chat, from: m.From}
	if forwarded(m) {
		b.reply(r, b.handleForward(r))
		return
	}
	if !m.IsCommand() {
		if r.private() {
			b.reply(r, b.send(r, "Send /help to see what I can do."))
		}
		return
	}
	full := m.CommandWithAt()
	if i := strings.IndexByte(full, '@'); i >= 0 && !strings.EqualFold(full[i+1:], b.name) {
		return // addressed to another bot
	}
	r.cmd = strings.ToLower(m.Command())
	r.args = strings.TrimSpace(m.CommandArguments())
	c := findCommand(r.cmd)
	if c == nil {
		if r.private() || strings.Contains(full, "@") {
			b.reply(r, b.send(r, fmt.Sprintf("I don't know /%s. /help lists what I can do.", digest.EscapeHTML(digest.Shorten(r.cmd, 40)))))
		}
		return
	}
	if c.admin && !b.isAdmin(r) {
		b.reply(r, b.send(r, "That command is for the bot's admins."))
		return
	}
	b.reply(r, c.run(b, r))
}

func forwarded(m *tgbotapi.Message) bool {
	return m.ForwardDate != 0 || m.ForwardFrom != nil || m.ForwardFromChat != nil || m.ForwardSenderName != ""
}

func (b *Bot) isAdmin(r *request) bool { return r.from != nil && b.cfg.isAdmin(r.from.ID) }

// reply turns a handler's error into a chat reply: the message of a user
// error, a generic line for anything else (whose detail goes to the log).
func (b *Bot) reply(r *request, err error) {
	if err == nil || r.ctx.Err() != nil {
		return
	}
	var se *SendError
	if errors.As(err, &se) {
		b.log.Warn("reply_not_delivered", slog.Int64("chat", r.chat.ID), slog.String("reason", se.Reason))
		return
	}
	text := digest.ErrorMessage(err)
	if digest.ErrorCode(err) == digest.EINTERNAL {
		b.log.Error("command_failed", slog.String("command", r.cmd), slog.Int64("chat", r.chat.ID), slog.Any("error", err))
		text = "Something went wrong on my side; it has been logged. Please try again later."
	}
	if err := b.send(r, digest.EscapeHTML(text)); err != nil && r.ctx.Err() == nil {
		b.log.Warn("reply_failed", slog.Int64("chat", r.chat.ID), slog.Any("error", err))
	}
}

// send sends HTML to the request's chat, split into as many messages as
// Telegram's limit needs.
func (b *Bot) send(r *request, html string) error {
	return b.sendParts(r, []string{html}, nil)
}

// sendParts packs rendered parts into messages within Telegram's limit and
// sends them in order; the keyboard goes on the last one.
func (b *Bot) sendParts(r *request, parts []string, kb *tgbotapi.InlineKeyboardMarkup) error {
	msgs := digest.PackMessages(parts, digest.MaxMessageLen)
	for i, m := range msgs {
		var k *tgbotapi.InlineKeyboardMarkup
		if i == len(msgs)-1 {
			k = kb
		}
		if _, err := b.sender.Send(r.ctx, r.chat.ID, m, k); err != nil {
			return err
		}
	}
	return nil
}

// canChange reports whether the sender of r may change the chat's
// settings: anyone in a private chat, a channel's own posts, a group's
// admins (asked with getChatMember; an anonymous admin posts as the group)
// and the bot's admins.
func (b *Bot) canChange(r *request, user *tgbotapi.User) (bool, error) {
	if r.chat.Type == digest.ChatPrivate || r.chat.Type == digest.ChatChannel {
		return true, nil
	}
	if r.msg != nil && r.msg.SenderChat != nil && r.msg.SenderChat.ID == r.chat.ID {
		return true, nil
	}
	if user == nil {
		return false, nil
	}
	if b.cfg.isAdmin(user.ID) {
		return true, nil
	}
	st, err := b.api.ChatMemberStatus(r.ctx, r.chat.ID, user.ID)
	if err != nil {
		return false, fmt.Errorf("bot: check admin: %w", err)
	}
	return st == "creator" || st == "administrator", nil
}

// errNotAdmin is the answer to a group member changing the group's settings.
var errNotAdmin = digest.Errorf(digest.EINVALID, "Only this group's admins can change its settings.")

// mustChange returns errNotAdmin when the sender may not change settings.
func (b *Bot) mustChange(r *request) error {
	ok, err := b.canChange(r, r.from)
	if err != nil {
		return err
	}
	if !ok {
		return errNotAdmin
	}
	return nil
}

func (b *Bot) cmdHelp(r *request) error {
	var sb strings.Builder
	sb.WriteString("<b>whosaid</b> tells who said what, and when, from the news.\n\n")
	for _, c := range commands {
		if c.admin && !b.isAdmin(r) {
			continue
		}
		sb.WriteString("/" + c.name)
		if c.args != "" {
			sb.WriteString(" " + digest.EscapeHTML(c.args))
		}
		sb.WriteString(" — " + digest.EscapeHTML(c.desc) + "\n")
	}
	if b.isAdmin(r) {
		sb.WriteString("\nForward me a message to store it as a clipping.")
	}
	return b.send(r, sb.String())
}
