using System.CommandLine;
using System.Text.Json.Nodes;
using RigPlan.Core.Catalog;
using Spectre.Console;

namespace RigPlan.Cli;

/// <summary>`rigplan parts KIND [--search TEXT] [--json]` and `rigplan parts show ID-OR-NAME`.</summary>
internal static class PartsCommand
{
    private static readonly Dictionary<PartKind, string[]> ListColumns = new()
    {
        [PartKind.Gpu] = ["id", "name", "vram_gb", "memory_bandwidth_gbps", "bf16_tflops", "tdp_w", "form_factor", "slot_width"],
        [PartKind.GpuBoard] = ["id", "name", "gpu", "length_mm", "slot_width", "cooling", "power_connectors", "tdp_w"],
        [PartKind.Cpu] = ["id", "name", "socket", "cores", "pcie_lanes", "pcie_gen", "memory_channels", "tdp_w"],
        [PartKind.Motherboard] = ["id", "name", "socket", "form_factor", "memory_type", "dimm_slots", "max_memory_gb", "slot_layout_known"],
        [PartKind.Memory] = ["id", "name", "capacity_gb", "generation", "kind", "speed_mts"],
        [PartKind.Psu] = ["id", "name", "watts_115v", "watts_230v", "efficiency", "pcie_8pin", "pcie_12vhpwr", "atx3"],
        [PartKind.Chassis] = ["id", "name", "kind", "board_form_factors", "expansion_slots", "max_gpu_length_mm", "rack_units"],
        [PartKind.Riser] = ["id", "name", "pcie_gen", "lanes", "length_mm"],
        [PartKind.Nic] = ["id", "name", "protocol", "ports", "port_speed_gbps", "pcie_gen", "pcie_lanes"],
        [PartKind.Switch] = ["id", "name", "protocol", "ports", "port_speed_gbps", "rack_units"],
    };

    public static Command Create(CliContext context)
    {
        var kind = new Argument<string>("kind")
        {
            Description = "gpus, gpu-boards, cpus, motherboards, memory, psus, chassis, risers, nics or switches",
        };
        var search = new Option<string?>("--search", "-s") { Description = "Only parts whose id, name or aliases contain every word of TEXT" };
        var json = new Option<bool>("--json") { Description = "Print one JSON array on stdout" };
        var list = new Command("parts", "List and find catalog parts") { kind, search, json };
        list.SetAction(r => List(context, r.GetValue(kind)!, r.GetValue(search), r.GetValue(json)));

        var name = new Argument<string>("id-or-name") { Description = "A part id or name as you would write it (\"RTX 3090\", \"EPYC 7502\")" };
        var showJson = new Option<bool>("--json") { Description = "Print one JSON object on stdout" };
        var show = new Command("show", "Print every field of one part, with its source and prices") { name, showJson };
        show.SetAction(r => Show(context, r.GetValue(name)!, r.GetValue(showJson)));
        list.Subcommands.Add(show);
        return list;
    }

    private static int List(CliContext context, string kindText, string? search, bool json)
    {
        if (!Words.Kinds.TryGetValue(kindText, out var kind))
        {
            var nearest = NameMatching.Nearest(kindText, Words.Kinds.Keys);
            return context.BadInput($"'{kindText}' is not a kind of part", nearest is null ? "use one of: gpus, gpu-boards, cpus, motherboards, memory, psus, chassis, risers, nics, switches" : $"did you mean '{nearest}'?");
        }

        var catalog = context.LoadCatalog();
        if (catalog is null)
        {
            return ExitCodes.BadInput;
        }

        var parts = catalog.OfKind(kind).Where(p => search is null || PartSearch.Matches(p, search)).ToList();
        var fields = PartFields.For(kind);
        if (json)
        {
            var array = new JsonArray([.. parts.Select(p => (JsonNode)ToJson(p, fields, catalog))]);
            JsonOutput.Write(context.Stdout, array);
            return ExitCodes.Ok;
        }

        if (parts.Count == 0)
        {
            context.Console.MarkupLine(search is null ? $"No {Words.Plural(kind)} in the catalog." : $"No {Words.Plural(kind)} match [bold]{Markup.Escape(search)}[/].");
            return ExitCodes.Ok;
        }

        var columns = ListColumns[kind].Select(c => fields.First(f => f.Json == c)).ToList();
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.Label)));
        }

        table.AddColumn("New price");
        table.AddColumn("Used price");
        foreach (var part in parts)
        {
            var cells = columns.Select(c => Markup.Escape(c.Display(part)))
                .Append(Markup.Escape(Prices.Short(catalog.LatestPrice(part.Id, PriceCondition.New))))
                .Append(Markup.Escape(Prices.Short(catalog.LatestPrice(part.Id, PriceCondition.Used))));
            table.AddRow([.. cells]);
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"[grey]{parts.Count} {Words.Plural(kind)}. `rigplan parts show ID` prints every field with its source.[/]");
        return ExitCodes.Ok;
    }

    private static int Show(CliContext context, string query, bool json)
    {
        var catalog = context.LoadCatalog();
        if (catalog is null)
        {
            return ExitCodes.BadInput;
        }

        // Prefer models over partner boards: "RTX 3090" means the model, not one of 43 boards.
        var primary = new NameResolver<Part>(catalog.AllParts.Where(p => p.Kind != PartKind.GpuBoard)).Resolve(query);
        var found = primary.Found || !primary.Candidates.IsEmpty ? primary : new NameResolver<Part>(catalog.AllParts).Resolve(query);
        if (found.Part is not { } part)
        {
            return context.BadInput(found.Message, "list parts with `rigplan parts KIND --search TEXT`");
        }

        var fields = PartFields.For(part.Kind);
        if (json)
        {
            JsonOutput.Write(context.Stdout, ToJson(part, fields, catalog, detailed: true));
            return ExitCodes.Ok;
        }

        var grid = new Table().Border(TableBorder.Rounded).AddColumn("Field").AddColumn("Value");
        grid.Title = new TableTitle($"{Markup.Escape(part.Name)} ({Markup.Escape(part.Id)})");
        foreach (var field in fields)
        {
            grid.AddRow(Markup.Escape(field.Label), Markup.Escape(field.Display(part)));
        }

        context.Console.Write(grid);
        var prices = catalog.PricesFor(part.Id);
        if (!prices.IsEmpty)
        {
            var priceTable = new Table().Border(TableBorder.Rounded).Title("Prices").AddColumns("Condition", "Price", "Date", "Source");
            foreach (var price in prices)
            {
                priceTable.AddRow(price.Condition.ToString().ToLowerInvariant(), price.Price.ToString(), price.DateText, Markup.Escape(price.Source));
            }

            context.Console.Write(priceTable);
        }
        else
        {
            context.Console.MarkupLine("[grey]No dated price is known for this part.[/]");
        }

        if (part is Motherboard board)
        {
            WriteSlots(context, board);
        }

        if (part is Gpu gpu)
        {
            var boards = catalog.BoardsFor(gpu.Id).ToList();
            if (boards.Count > 0)
            {
                var widths = boards.Where(b => b.SlotWidth is not null).Select(b => b.SlotWidth!.Value).ToList();
                var range = widths.Count == 0 ? "" : $", {widths.Min():0.#} to {widths.Max():0.#} slots wide";
                context.Console.MarkupLine($"[grey]{boards.Count} partner boards{range}: `rigplan parts gpu-boards --search {Markup.Escape(gpu.Id)}`[/]");
            }
        }

        return ExitCodes.Ok;
    }

    private static void WriteSlots(CliContext context, Motherboard board)
    {
        if (board.Slots.IsEmpty)
        {
            context.Console.MarkupLine("[yellow]The slot layout of this board is not in the catalog yet (no sourced layout was found).[/]");
            return;
        }

        var slots = new Table().Border(TableBorder.Rounded).Title("PCIe slots").AddColumns("Position", "Label", "Size", "Wired", "Gen", "From", "Shares with");
        // A proprietary board's positions number its GPU bays and risers, not openings in a row, so gaps are not shown.
        var standard = !string.Equals(board.FormFactor, "proprietary", StringComparison.OrdinalIgnoreCase);
        var byPosition = board.Slots.ToDictionary(s => s.Position);
        foreach (var position in standard ? Enumerable.Range(1, board.Slots.Max(s => s.Position)) : board.Slots.Select(s => s.Position))
        {
            if (!byPosition.TryGetValue(position, out var slot))
            {
                slots.AddRow($"[grey]{position.ToString(System.Globalization.CultureInfo.InvariantCulture)}[/]", "[grey](no slot)[/]", "", "", "", "", "");
                continue;
            }

            var shares = slot.SharesWith.IsEmpty ? "" : string.Join(", ", slot.SharesWith) + (slot.LanesWhenShared is { } l ? $" (x{l} when shared)" : "");
            slots.AddRow(slot.Position.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(slot.Label ?? ""), $"x{slot.PhysicalLanes}", $"x{slot.ElectricalLanes}", $"{slot.Gen}.0", slot.Attached.ToString().ToLowerInvariant(), Markup.Escape(shares));
        }

        if (standard)
        {
            slots.Caption("[grey]Position 1 is the opening next to the CPU; a card 3 slots thick in position 1 also covers 2 and 3.[/]");
        }

        context.Console.Write(slots);
    }

    internal static JsonObject ToJson(Part part, IReadOnlyList<PartField> fields, HardwareCatalog catalog, bool detailed = false)
    {
        var obj = new JsonObject { ["kind"] = Words.Plural(part.Kind) };
        foreach (var field in fields)
        {
            obj[field.Json] = field.ToJson(part);
        }

        Prices.AddTo(obj, catalog.LatestPrice(part.Id, PriceCondition.New), "");
        Prices.AddTo(obj, catalog.LatestPrice(part.Id, PriceCondition.Used), "used_");
        if (part is Motherboard board)
        {
            obj["slots"] = new JsonArray([.. board.Slots.Select(s => (JsonNode)new JsonObject
            {
                ["position"] = s.Position,
                ["label"] = s.Label,
                ["physical_lanes"] = s.PhysicalLanes,
                ["electrical_lanes"] = s.ElectricalLanes,
                ["gen"] = s.Gen,
                ["attached"] = s.Attached.ToString().ToLowerInvariant(),
                ["shares_with"] = new JsonArray([.. s.SharesWith.Select(x => (JsonNode?)JsonValue.Create(x))]),
                ["lanes_when_shared"] = s.LanesWhenShared,
                ["source"] = s.Source,
            })]);
        }

        if (detailed)
        {
            obj["prices"] = new JsonArray([.. catalog.PricesFor(part.Id).Select(p => (JsonNode)new JsonObject
            {
                ["condition"] = p.Condition.ToString().ToLowerInvariant(),
                ["price_usd"] = p.Price.Value,
                ["price_date"] = p.DateText,
                ["price_source"] = p.Source,
            })]);
        }

        return obj;
    }
}
