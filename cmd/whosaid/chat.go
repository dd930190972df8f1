package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"golang.org/x/term"

	"github.com/whosaid/whosaid/bot"
	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
	"github.com/whosaid/whosaid/store"
)

// chatToken is the token of the in-process fake Bot API; it never leaves
// the process.
const chatToken = "1:whosaid-chat-local"

// cmdChat runs `whosaid chat [-db FILE]`: the bot's handlers against an
// in-process fake Bot API and the local database, with stdin as the user's
// messages and the bot's replies printed as a chat shows them.
func cmdChat(ctx context.Context, env *Env, args []string) error {
	fset := newFlagSet(env, "chat")
	dbPath := fset.String("db", defaultDB, "the database `file`")
	setUsage(fset, env, "usage: whosaid chat [-db FILE]", "Try the Telegram bot in the terminal: type /start (to set up the chat), /latest, /search peskov, /help.", "Type a button's label to press it ([Newer »] or newer; next and prev press the » and « buttons); \"fwd TEXT\" forwards TEXT.",
		"You are an admin. Chat settings and watches live in memory and end with the session (no alerts or digests are sent);",
		"only /add (or a forward) changes the database: it stores the clipping.")
	if err := parseArgs(fset, args, noArgs); err != nil {
		return err
	}
	st, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	fake, err := fakeapi.Start(fakeapi.Options{Token: chatToken})
	if err != nil {
		return err
	}
	defer fake.Close()
	api, err := bot.NewAPI(ctx, chatToken, fake.URL(), 10*time.Second)
	if err != nil {
		return err
	}
	user := fakeapi.User(1, "You")
	chat := fakeapi.PrivateChat(user)
	cfg := bot.DefaultConfig()
	cfg.Admins = []int64{user.ID}
	// Nobody else shares this fake server: no need to wait between replies.
	cfg.Limits = bot.Limits{GlobalPerSecond: 1000, ChatPerSecond: 1000, GroupPerMinute: 60000}
	logger := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	chats := newMemChats()
	b, err := bot.New(ctx, bot.Options{
		Config: cfg, Store: newChatStore(st, chats), Chats: chats, Collector: textCollector{st},
		API: api, Logger: logger,
	})
	if err != nil {
		return err
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); b.Sender().Run(ctx) }()
	defer wg.Wait()
	defer cancel()

	in := bufio.NewReaderSize(env.Stdin, 64<<10)
	prompt := ""
	if f, ok := env.Stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		prompt = "you> "
		fmt.Fprintln(env.Stdout, "whosaid chat: type /help, /latest, /search peskov ... Ctrl-D quits.")
	}
	r := &chatRenderer{fake: fake, chatID: chat.ID, out: env.Stdout, edits: map[int]int{}}
	for {
		fmt.Fprint(env.Stdout, prompt)
		raw, long, err := readLine(in, maxChatLine)
		if err != nil && raw == "" && !long {
			if err == io.EOF {
				break
			}
			return err
		}
		if long {
			fmt.Fprintf(env.Stdout, "(a line over %d bytes was left out: Telegram messages are at most 4096 characters)\n", maxChatLine)
			continue
		}
		line := strings.TrimSpace(raw)
		if line == "" {
			continue
		}
		var u tgbotapi.Update
		if m, ok := r.button(line); ok {
			u = fake.Press(chat, user, m.msgID, m.data)
		} else if text, ok := strings.CutPrefix(line, "fwd "); ok {
			u = fake.Forward(chat, user, tgbotapi.Chat{ID: -1001, Type: "channel", Title: "Forwarded"}, text, false)
		} else {
			u = fake.SendText(chat, user, line)
		}
		b.HandleUpdate(ctx, u)
		if u.CallbackQuery != nil {
			if notice, _ := fake.CallbackAnswer(u.CallbackQuery.ID); notice != "" {
				fmt.Fprintf(env.Stdout, "(%s)\n", notice)
			}
		}
		r.flush()
		if ctx.Err() != nil {
			break
		}
	}
	return nil
}

// maxChatLine is the longest input line whosaid chat reads; longer lines
// are skipped whole (the chat used to end at one).
const maxChatLine = 1 << 20

// readLine reads one line of any length from r without its line ending,
// keeping at most max bytes: long reports a line that was longer, whose
// rest was read and dropped. At the end of the input a last line without a
// newline comes back with err io.EOF.
func readLine(r *bufio.Reader, max int) (line string, long bool, err error) {
	var b []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if len(b)+len(chunk) > max+1 { // +1: the newline
			long = true
			b = nil
		} else if !long {
			b = append(b, chunk...)
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
			return strings.TrimRight(string(b), "\r\n"), long, nil
		default:
			return strings.TrimRight(string(b), "\r\n"), long, err
		}
	}
}

// chatRenderer prints the bot's new and edited messages as plain text,
// buttons as [label].
type chatRenderer struct {
	fake    *fakeapi.Server
	chatID  int64
	out     io.Writer
	printed int
	edits   map[int]int
	buttons []pressable
}

type pressable struct {
	label string
	msgID int
	data  string
}

func (r *chatRenderer) flush() {
	ms := r.fake.Messages(r.chatID)
	for i, m := range ms {
		switch {
		case i >= r.printed:
			r.show(m, "")
		case m.Edits != r.edits[m.MessageID]:
			r.show(m, "(edited)\n")
		}
		r.edits[m.MessageID] = m.Edits
	}
	r.printed = len(ms)
}

func (r *chatRenderer) show(m fakeapi.Message, head string) {
	fmt.Fprintf(r.out, "%s%s\n", head, m.Text)
	if len(m.Buttons) > 0 {
		r.buttons = r.buttons[:0]
	}
	for _, row := range m.Buttons {
		var labels []string
		for _, b := range row {
			labels = append(labels, "["+b.Text+"]")
			if b.Data != "" {
				r.buttons = append(r.buttons, pressable{label: b.Text, msgID: m.MessageID, data: b.Data})
			}
		}
		fmt.Fprintln(r.out, strings.Join(labels, " "))
	}
	fmt.Fprintln(r.out)
}

// button finds the button of the latest keyboard a line names: its label,
// with or without brackets and arrows, ignoring case; or "next" for the
// button pointing forward (» or ›, such as [Newer »]) and "prev" or "back"
// for the one pointing back.
func (r *chatRenderer) button(line string) (pressable, bool) {
	want := norm(strings.TrimSuffix(strings.TrimPrefix(line, "["), "]"))
	if want == "" {
		return pressable{}, false
	}
	for _, b := range r.buttons {
		if norm(b.label) == want {
			return b, true
		}
	}
	var arrow func(string) bool
	switch want {
	case "next":
		arrow = func(l string) bool { return strings.HasSuffix(l, "»") || strings.HasSuffix(l, "›") }
	case "prev", "previous", "back":
		arrow = func(l string) bool { return strings.HasPrefix(l, "«") || strings.HasPrefix(l, "‹") }
	default:
		return pressable{}, false
	}
	for _, b := range r.buttons {
		if arrow(strings.TrimSpace(b.label)) {
			return b, true
		}
	}
	return pressable{}, false
}

func norm(s string) string {
	return strings.ToLower(strings.Trim(s, " «»‹›<>"))
}

// textCollector stores text sent with /add or forwarded as a clipping;
// links are not fetched in the terminal.
type textCollector struct{ st *store.Store }

func (c textCollector) AddURL(ctx context.Context, url string) (digest.SaveResult, error) {
	return digest.SaveResult{}, digest.Errorf(digest.EINVALID, "`whosaid chat` does not fetch pages: paste the article's text after /add, or use whosaid ingest.")
}

// AddText stores text as the daemon's collector does: the time it was sent
// is its publication date when it gives none, the forward's origin chat
// its outlet when it names none.
func (c textCollector) AddText(ctx context.Context, name, text string, rcv digest.Received) (digest.SaveResult, error) {
	at := rcv.At
	if at.IsZero() {
		at = time.Now()
	}
	cl, err := clip.Parse(name, []byte(text), clip.Options{Published: at.UTC(), Outlet: rcv.Outlet})
	if err != nil {
		return digest.SaveResult{}, err
	}
	if cl.Statements, err = extract.Checked(cl); err != nil {
		return digest.SaveResult{}, err
	}
	return c.st.SaveClipping(ctx, cl)
}
