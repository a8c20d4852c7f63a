using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using RigPlan.Core.Catalog;
using RigPlan.Core.Checks;
using RigPlan.Core.Pcie;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan boards`: which boards take N cards this thick, where they sit and how each links.</summary>
internal static class BoardsCommand
{
    public static Command Create(CliContext context)
    {
        var cards = new Option<int>("--cards") { Description = "How many cards (GPUs) must sit in the board's slots", Required = true };
        var width = new Option<double>("--width") { Description = "Slots each card is thick: 2 for dual-slot blowers (default), 3 for a 3090 Founders Edition, 3.5-4 for most 4090s (`rigplan parts gpu-boards` lists each board's)", DefaultValueFactory = _ => 2 };
        var openings = new Option<int?>("--openings") { Description = "The case's expansion openings (7 for most ATX cases; leave out for an open frame)" };
        var socket = new Option<string?>("--socket") { Description = "Only boards for this CPU socket (SP3, SP5, sTR5, AM5, ...)" };
        var prices = UserPrices.Option();
        var top = new Option<int?>("--top") { Description = "Show only the first N rows" };
        var json = new Option<bool>("--json") { Description = "Print one JSON array on stdout" };
        var command = new Command("boards", "Which motherboards take N cards of a given thickness, by their slot layouts")
        {
            cards, width, openings, socket, prices, top, json,
        };
        command.SetAction(r => Run(context, new BoardQuery { Cards = r.GetValue(cards), Width = r.GetValue(width), Openings = r.GetValue(openings), Socket = r.GetValue(socket) }, r.GetValue(prices), r.GetValue(top), r.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, BoardQuery query, FileInfo? prices, int? top, bool json)
    {
        if (query.Cards is < 1 or > 16)
        {
            return context.BadInput($"--cards {query.Cards} is out of range", "give 1 to 16 cards; a board has at most a dozen slots");
        }

        if (!double.IsFinite(query.Width) || query.Width is < 0.5 or > 5)
        {
            return context.BadInput($"--width {query.Width.ToString(CultureInfo.InvariantCulture)} is out of range", "give the slots a card is thick, 0.5 to 5 (e.g. --width 3 for a 3-slot card; 2.5 covers 3)");
        }

        if (query.Openings is { } o && o is < 1 or > 32)
        {
            return context.BadInput($"--openings {o} is out of range", "give the case's expansion openings, 1 to 32 (7 for most ATX cases, 8 for many towers)");
        }

        if (top is { } t && t < 1)
        {
            return context.BadInput($"--top {t} must be at least 1");
        }

        var catalog = context.LoadCatalog();
        if (catalog is null)
        {
            return ExitCodes.BadInput;
        }

        if (query.Socket is { } s && !BoardFinder.KnowsSocket(catalog, s))
        {
            return context.BadInput($"--socket '{s}' is no board's socket in the catalog", $"use one of: {string.Join(", ", catalog.Motherboards.Select(b => b.Socket).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))}");
        }

        if (prices is not null)
        {
            var withPrices = UserPrices.Apply(context, catalog, prices);
            if (withPrices is null)
            {
                return ExitCodes.BadInput;
            }

            catalog = withPrices;
        }

        var search = BoardFinder.Find(catalog, query);
        var shown = top is { } n ? search.Matches.Take(n).ToList() : [.. search.Matches];
        if (json)
        {
            JsonOutput.Write(context.Stdout, new JsonArray([.. shown.Select(ToJson)]));
            return ExitCodes.Ok;
        }

        Render(context, query, search, shown);
        return ExitCodes.Ok;
    }

    private static JsonNode ToJson(BoardMatch m) => new JsonObject
    {
        ["id"] = m.Board.Id,
        ["name"] = m.Board.Name,
        ["socket"] = m.Board.Socket,
        ["form_factor"] = m.Board.FormFactor,
        ["cards"] = new JsonArray([.. m.Placement.Placed.Select(p => (JsonNode)new JsonObject
        {
            ["position"] = p.Slot.Position,
            ["label"] = p.Slot.Label,
            ["lanes"] = p.Lanes,
            ["gen"] = p.Gen,
            ["attached"] = p.ViaChipset ? "chipset" : p.Slot.Attached.ToString().ToLowerInvariant(),
            ["last_position"] = p.LastPosition,
        })]),
        ["slowest_gbps"] = Math.Round(m.SlowestGbps, 1),
        ["via_chipset"] = m.ViaChipset,
        ["openings_needed"] = m.OpeningsNeeded,
        ["price_usd"] = m.Price?.Price.Value,
        ["price_date"] = m.Price?.DateText,
        ["price_condition"] = m.Price?.Condition.ToString().ToLowerInvariant(),
    };

    private static void Render(CliContext context, BoardQuery query, BoardSearch search, List<BoardMatch> shown)
    {
        var c = context.Console;
        var thick = query.Width.ToString("0.##", CultureInfo.InvariantCulture);
        var where = query.Openings is { } op ? $"in a case with {op} expansion openings" : "in an open frame (no opening limit)";
        if (shown.Count == 0)
        {
            c.MarkupLine($"[yellow]No board with a known layout takes {Fmt.Count(query.Cards, "card")} {thick} slots thick {Markup.Escape(where)}.[/] Try thinner cards (blowers), fewer cards, more openings, or risers in an open frame.");
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"Boards that take {Fmt.Count(query.Cards, "card")} {thick} slots thick, {Markup.Escape(where)}");
            table.AddColumn(new TableColumn("#").RightAligned());
            table.AddColumn("Board");
            table.AddColumn("Socket");
            table.AddColumn("Form factor");
            table.AddColumn("Positions (labels)");
            table.AddColumn("Slot links");
            table.AddColumn(new TableColumn("Openings").RightAligned());
            table.AddColumn(new TableColumn("Price (date)").RightAligned());
            foreach (var (m, i) in shown.Select((m, i) => (m, i + 1)))
            {
                var positions = string.Join(", ", m.Placement.Placed.Select(p => p.Slot.Label is null ? p.Slot.Position.ToString(CultureInfo.InvariantCulture) : $"{p.Slot.Position} ({p.Slot.Label})"));
                var links = string.Join(", ", m.Placement.Placed.GroupBy(p => p.Link).Select(g => g.Count() > 1 ? $"{g.Count()}x {g.Key}" : g.Key));
                var price = m.Price is { } q ? $"{Fmt.Usd(q.Price.Value)}{(q.Condition == PriceCondition.Used ? " used" : "")} ({q.DateText})" : "—";
                table.AddRow(i.ToString(CultureInfo.InvariantCulture), $"{Markup.Escape(m.Board.Name)} [grey]({Markup.Escape(m.Board.Id)})[/]", Markup.Escape(m.Board.Socket), Markup.Escape(m.Board.FormFactor), Markup.Escape(positions), Markup.Escape(links), m.OpeningsNeeded.ToString(CultureInfo.InvariantCulture), Markup.Escape(price));
            }

            c.Write(table);
            c.MarkupLine("[grey]Slot links: what each slot gives a PCIe 5.0 x16 card (lanes shared with a populated slot counted; sharing with M.2 sockets is in `parts show BOARD`). Ordered by the slowest link, then cards through the chipset, then price (new, else used). Openings: what a case needs, down to the last card or the board's last slot. Boards inside barebones are left out (`rigplan parts chassis`).[/]");
        }

        if (!search.NoLayout.IsEmpty)
        {
            c.MarkupLine($"[grey]{search.NoLayout.Length} boards have no sourced slot layout and were not considered: {Markup.Escape(string.Join(", ", search.NoLayout.Select(b => b.Name)))} (docs/catalog-gaps.md).[/]");
        }
    }
}
