using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
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
        var width = new Option<int>("--width") { Description = "Slots each card covers: 2 for dual-slot blowers (default), 3 for most open-air 3090s/4090s", DefaultValueFactory = _ => 2 };
        var openings = new Option<int?>("--openings") { Description = "The case's expansion openings (a case bounds the last card; leave out for an open frame)" };
        var socket = new Option<string?>("--socket") { Description = "Only boards for this CPU socket (SP3, SP5, sTR5, AM5, ...)" };
        var top = new Option<int?>("--top") { Description = "Show only the first N rows" };
        var json = new Option<bool>("--json") { Description = "Print one JSON array on stdout" };
        var command = new Command("boards", "Which motherboards take N cards of a given thickness, by their slot layouts")
        {
            cards, width, openings, socket, top, json,
        };
        command.SetAction(r => Run(context, r.GetValue(cards), r.GetValue(width), r.GetValue(openings), r.GetValue(socket), r.GetValue(top), r.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, int cards, int width, int? openings, string? socket, int? top, bool json)
    {
        if (cards is < 1 or > 16)
        {
            return context.BadInput($"--cards {cards} is out of range", "give 1 to 16 cards; a board has at most a dozen slots");
        }

        if (width is < 1 or > 5)
        {
            return context.BadInput($"--width {width} is out of range", "give the slots a card covers, 1 to 5 (e.g. --width 3 for a 3-slot card)");
        }

        if (openings is { } o && o is < 1 or > 32)
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

        if (socket is not null && !catalog.Motherboards.Any(b => string.Equals(b.Socket, socket, StringComparison.OrdinalIgnoreCase)))
        {
            return context.BadInput($"--socket '{socket}' is no board's socket in the catalog", $"use one of: {string.Join(", ", catalog.Motherboards.Select(b => b.Socket).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))}");
        }

        var query = new BoardQuery { Cards = cards, Width = width, Openings = openings, Socket = socket };
        var matches = BoardFinder.Find(catalog, query);
        var shown = top is { } n ? matches.Take(n).ToList() : [.. matches];
        var unknown = catalog.Motherboards.Where(b => b.Slots.IsEmpty && !string.Equals(b.FormFactor, "proprietary", StringComparison.OrdinalIgnoreCase) && (socket is null || string.Equals(b.Socket, socket, StringComparison.OrdinalIgnoreCase))).ToList();
        if (json)
        {
            JsonOutput.Write(context.Stdout, new JsonArray([.. shown.Select(m => (JsonNode)new JsonObject
            {
                ["id"] = m.Board.Id,
                ["name"] = m.Board.Name,
                ["socket"] = m.Board.Socket,
                ["form_factor"] = m.Board.FormFactor,
                ["positions"] = new JsonArray([.. m.Placement.Placed.Select(p => (JsonNode?)JsonValue.Create(p.Slot.Position))]),
                ["labels"] = new JsonArray([.. m.Placement.Placed.Select(p => (JsonNode?)JsonValue.Create(p.Slot.Label))]),
                ["links"] = new JsonArray([.. m.Placement.Placed.Select(p => (JsonNode?)JsonValue.Create(p.Link))]),
                ["slowest_lanes"] = m.SlowestLanes,
                ["via_chipset"] = m.ViaChipset,
                ["last_position_covered"] = m.Placement.Placed.Max(p => p.LastPosition),
                ["price_usd"] = m.Price?.Price.Value,
                ["price_date"] = m.Price?.DateText,
                ["price_condition"] = m.Price?.Condition.ToString().ToLowerInvariant(),
            })]));
            return ExitCodes.Ok;
        }

        var c = context.Console;
        var where = openings is { } op ? $"in a case with {op} expansion openings" : "in an open frame (no opening limit)";
        if (shown.Count == 0)
        {
            c.MarkupLine($"[yellow]No board with a known layout takes {cards} cards {width} slots thick {Markup.Escape(where)}.[/] Try --width {Math.Max(1, width - 1)} (narrower cards), fewer cards, or risers in an open frame.");
        }
        else
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"Boards that take {cards} cards {width} slots thick, {Markup.Escape(where)}");
            table.AddColumn(new TableColumn("#").RightAligned());
            table.AddColumn("Board");
            table.AddColumn("Socket");
            table.AddColumn("Form factor");
            table.AddColumn("Positions (labels)");
            table.AddColumn("Links");
            table.AddColumn(new TableColumn("Covers to").RightAligned());
            table.AddColumn(new TableColumn("Price (date)").RightAligned());
            foreach (var (m, i) in shown.Select((m, i) => (m, i + 1)))
            {
                var positions = string.Join(", ", m.Placement.Placed.Select(p => p.Slot.Label is null ? p.Slot.Position.ToString(CultureInfo.InvariantCulture) : $"{p.Slot.Position} ({p.Slot.Label})"));
                var links = string.Join(", ", m.Placement.Placed.GroupBy(p => p.Link).Select(g => g.Count() > 1 ? $"{g.Count()}x {g.Key}" : g.Key));
                var price = m.Price is { } q ? $"{Fmt.Usd(q.Price.Value)}{(q.Condition == Core.Catalog.PriceCondition.Used ? " used" : "")} ({q.DateText})" : "—";
                table.AddRow(i.ToString(CultureInfo.InvariantCulture), $"{Markup.Escape(m.Board.Name)} [grey]({Markup.Escape(m.Board.Id)})[/]", Markup.Escape(m.Board.Socket), Markup.Escape(m.Board.FormFactor), Markup.Escape(positions), Markup.Escape(links), m.Placement.Placed.Max(p => p.LastPosition).ToString(CultureInfo.InvariantCulture), Markup.Escape(price));
            }

            c.Write(table);
            c.MarkupLine("[grey]Ordered by the slowest card's link, then cards through the chipset, then price. 'Covers to' is the last expansion position the cards cover: a case needs that many openings. Boards inside barebones are left out (see `rigplan parts chassis`).[/]");
        }

        if (unknown.Count > 0)
        {
            c.MarkupLine($"[grey]{unknown.Count} boards have no sourced slot layout and are not considered: {Markup.Escape(string.Join(", ", unknown.Select(b => b.Name)))} (docs/catalog-gaps.md).[/]");
        }

        return ExitCodes.Ok;
    }
}
