using System.Collections.Immutable;
using System.Globalization;
using RigPlan.Core.Catalog;
using RigPlan.Core.Units;

namespace RigPlan.Core.Builds;

/// <summary>
/// Turns a parsed build file into a <see cref="BuildSpec"/>: checks every key and value, resolves every part
/// by id or by name as a person writes it, and reports every problem at once with its line and a fix.
/// </summary>
public sealed class BuildFileReader
{
    private static readonly string[] RootKeys = ["name", "site", "nodes", "network", "prices", "notes"];
    private static readonly string[] NetworkKeys = ["switch", "count"];
    private static readonly string[] SiteKeys = ["voltage", "circuit_amps", "circuits"];
    private static readonly string[] NodeKeys = ["name", "count", "chassis", "motherboard", "cpu", "cpu_count", "memory", "gpus", "psus", "nics", "drives", "notes"];
    private static readonly string[] GpuKeys = ["part", "board", "count", "power_limit_w", "riser", "slots"];
    private static readonly string[] MemoryKeys = ["part", "count"];
    private static readonly string[] PsuKeys = ["part", "count", "circuits"];
    private static readonly string[] NicKeys = ["part", "count"];

    private readonly HardwareCatalog _catalog;
    private readonly NameResolver<Gpu> _gpus;
    private readonly NameResolver<GpuBoard> _boards;
    private readonly NameResolver<Cpu> _cpus;
    private readonly NameResolver<Motherboard> _motherboards;
    private readonly NameResolver<MemoryModule> _memory;
    private readonly NameResolver<Psu> _psus;
    private readonly NameResolver<Chassis> _chassis;
    private readonly NameResolver<Riser> _risers;
    private readonly NameResolver<Nic> _nics;
    private readonly NameResolver<NetworkSwitch> _switches;

    /// <summary>Prepares name lookups over the catalog.</summary>
    public BuildFileReader(HardwareCatalog catalog)
    {
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        _gpus = new(catalog.Gpus);
        _boards = new(catalog.GpuBoards);
        _cpus = new(catalog.Cpus);
        _motherboards = new(catalog.Motherboards);
        _memory = new(catalog.Memory);
        _psus = new(catalog.Psus);
        _chassis = new(catalog.Chassis);
        _risers = new(catalog.Risers);
        _nics = new(catalog.Nics);
        _switches = new(catalog.Switches);
    }

    /// <summary>Reads a build from a parsed document.</summary>
    public BuildReadResult Read(DocNode root, string file)
    {
        ArgumentNullException.ThrowIfNull(root);
        var ctx = new Context(file);
        var map = ctx.Map(root, "the build file");
        if (map is null)
        {
            return new BuildReadResult(null, [.. ctx.Errors]);
        }

        ctx.CheckKeys(map, RootKeys, "");
        var name = ctx.Text(map, "name", "") ?? Path.GetFileNameWithoutExtension(file);
        var site = ReadSite(ctx, map);
        PriceCondition? prices = PriceCondition.New;
        if (ctx.Text(map, "prices", "") is { } priceText)
        {
            if (Vocabulary.Conditions.TryGetValue(priceText.ToLowerInvariant(), out var condition))
            {
                prices = condition;
            }
            else if (priceText.Equals("any", StringComparison.OrdinalIgnoreCase))
            {
                prices = null;
            }
            else
            {
                ctx.Error(Entry(map, "prices")!.Line, "prices", $"'{priceText}' is not new, used or any", "write prices: new, prices: used or prices: any (the lower of the two)");
            }
        }

        var nodes = ImmutableArray.CreateBuilder<NodeSpec>();
        var nodesEntry = Entry(map, "nodes");
        if (nodesEntry is null)
        {
            ctx.Error(map.Line, "nodes", "the build has no nodes", "add a 'nodes:' list with at least one node (see docs/build-file.md)");
        }
        else if (ctx.List(nodesEntry.Value, "nodes") is { } list)
        {
            if (list.Items.IsEmpty)
            {
                ctx.Error(nodesEntry.Line, "nodes", "the nodes list is empty", "add at least one node");
            }

            for (var i = 0; i < list.Items.Length; i++)
            {
                if (ReadNode(ctx, list.Items[i], $"nodes[{i}]", i) is { } node)
                {
                    nodes.Add(node);
                }
            }
        }

        var network = ReadNetwork(ctx, map);
        if (ctx.Errors.Count > 0 || site is null)
        {
            return new BuildReadResult(null, [.. ctx.Errors]);
        }

        return new BuildReadResult(new BuildSpec { Name = name, Site = site, Nodes = nodes.ToImmutable(), Network = network, PriceCondition = prices }, []);
    }

    private static DocEntry? Entry(DocMap map, string key) => map.Entries.FirstOrDefault(e => e.Key == key);

    /// <summary>The optional network section: the switch the machines share, and how many of it.</summary>
    private NetworkSpec? ReadNetwork(Context ctx, DocMap root)
    {
        var entry = Entry(root, "network");
        if (entry is null || ctx.Map(entry.Value, "network") is not { } map)
        {
            return null;
        }

        ctx.CheckKeys(map, NetworkKeys, "network.");
        var sw = ctx.Text(map, "switch", "network.") is { } text ? Resolve(ctx, _switches, text, Entry(map, "switch")!.Line, "network.switch", "switches") : null;
        var count = ctx.Count(map, "count", "network.", 1, 64) ?? 1;
        return new NetworkSpec { Switch = sw, SwitchCount = count, Location = ctx.At(entry.Line) };
    }

    private static Site? ReadSite(Context ctx, DocMap root)
    {
        var entry = Entry(root, "site");
        if (entry is null)
        {
            // The common case for a home build; the summary says it was assumed.
            return new Site { Voltage = new Volts(120), CircuitAmps = new Amps(15), Circuits = 1 };
        }

        var map = ctx.Map(entry.Value, "site");
        if (map is null)
        {
            return null;
        }

        ctx.CheckKeys(map, SiteKeys, "site.");
        var voltage = ctx.Number(map, "voltage", "site.", 90, 480) ?? 120;
        var amps = ctx.Number(map, "circuit_amps", "site.", 1, 400) ?? 15;
        var circuits = ctx.Count(map, "circuits", "site.", 1, 1000) ?? 1;
        return new Site { Voltage = new Volts(voltage), CircuitAmps = new Amps(amps), Circuits = circuits };
    }

    private NodeSpec? ReadNode(Context ctx, DocNode node, string path, int index)
    {
        var map = ctx.Map(node, path);
        if (map is null)
        {
            return null;
        }

        var before = ctx.Errors.Count;
        var prefix = path + ".";
        ctx.CheckKeys(map, NodeKeys, prefix);
        var name = ctx.Text(map, "name", prefix) ?? $"node-{index + 1}";
        var count = ctx.Count(map, "count", prefix, 1, BuildLimits.MaxNodeCount, what: "identical nodes") ?? 1;
        var chassis = ctx.Text(map, "chassis", prefix) is { } c ? Resolve(ctx, _chassis, c, Entry(map, "chassis")!.Line, prefix + "chassis", "chassis") : null;
        var motherboard = Required(ctx, map, "motherboard", prefix, _motherboards, "motherboards");
        var cpu = Required(ctx, map, "cpu", prefix, _cpus, "cpus");
        var cpuCount = ctx.Count(map, "cpu_count", prefix, 1, 8) ?? 1;
        var drives = ctx.Count(map, "drives", prefix, 0, 64) ?? 1;

        PartGroup<MemoryModule>? memory = null;
        if (Entry(map, "memory") is { } memoryEntry && ctx.Map(memoryEntry.Value, prefix + "memory") is { } memoryMap)
        {
            ctx.CheckKeys(memoryMap, MemoryKeys, prefix + "memory.");
            var part = Required(ctx, memoryMap, "part", prefix + "memory.", _memory, "memory");
            var memoryCount = ctx.Count(memoryMap, "count", prefix + "memory.", 1, BuildLimits.MaxGroupCount, what: "memory modules") ?? 1;
            memory = part is null ? null : new PartGroup<MemoryModule> { Part = part, Count = memoryCount, Location = ctx.At(memoryMap.Line) };
        }

        var gpus = ReadList(ctx, map, "gpus", prefix, (m, p) => ReadGpuGroup(ctx, m, p));
        var totalGpus = gpus.Sum(g => (long)g.Count);
        if (totalGpus > BuildLimits.MaxGpusPerNode)
        {
            ctx.Error(Entry(map, "gpus")!.Line, prefix + "gpus", $"{totalGpus} GPUs in one node is more than any machine holds (at most {BuildLimits.MaxGpusPerNode})", "split them over several nodes with 'count:'");
        }

        var psus = ReadList(ctx, map, "psus", prefix, (m, p) =>
        {
            ctx.CheckKeys(m, PsuKeys, p + ".");
            var part = Required(ctx, m, "part", p + ".", _psus, "psus");
            var n = ctx.Count(m, "count", p + ".", 1, BuildLimits.MaxGroupCount, what: "PSUs") ?? 1;
            var circuits = ctx.Positions(m, "circuits", p + ".", 1, 1000);
            if (!circuits.IsEmpty && circuits.Length != n)
            {
                ctx.Error(Entry(m, "circuits")!.Line, p + ".circuits", $"{circuits.Length} circuits for {n} PSUs", "give one circuit number per PSU, e.g. circuits: [1, 2]");
            }

            return part is null ? null : new PartGroup<Psu> { Part = part, Count = n, Circuits = circuits, Location = ctx.At(m.Line) };
        });
        var nics = ReadList(ctx, map, "nics", prefix, (m, p) =>
        {
            ctx.CheckKeys(m, NicKeys, p + ".");
            var part = Required(ctx, m, "part", p + ".", _nics, "nics");
            var n = ctx.Count(m, "count", p + ".", 1, 16, what: "NICs") ?? 1;
            return part is null ? null : new PartGroup<Nic> { Part = part, Count = n, Location = ctx.At(m.Line) };
        });

        if (ctx.Errors.Count > before || motherboard is null || cpu is null)
        {
            return null;
        }

        return new NodeSpec
        {
            Name = name,
            Count = count,
            Chassis = chassis,
            Motherboard = motherboard,
            Cpu = cpu,
            CpuCount = cpuCount,
            Memory = memory,
            Gpus = gpus,
            Psus = psus,
            Nics = nics,
            Drives = drives,
            Location = ctx.At(map.Line),
        };
    }

    private GpuGroup? ReadGpuGroup(Context ctx, DocMap m, string path)
    {
        var p = path + ".";
        ctx.CheckKeys(m, GpuKeys, p);
        var partText = ctx.Text(m, "part", p);
        var boardText = ctx.Text(m, "board", p);
        Gpu? gpu = null;
        GpuBoard? board = null;
        if (partText is not null)
        {
            gpu = Resolve(ctx, _gpus, partText, Entry(m, "part")!.Line, p + "part", "gpus");
        }

        if (boardText is not null)
        {
            // A board name is looked up among the boards of the named GPU first, so "ASUS Turbo" is enough.
            var line = Entry(m, "board")!.Line;
            if (gpu is not null)
            {
                var own = new NameResolver<GpuBoard>(_catalog.BoardsFor(gpu.Id)).Resolve(boardText);
                board = own.Part ?? Resolve(ctx, _boards, boardText, line, p + "board", "gpu-boards");
                if (board is not null && board.GpuId != gpu.Id)
                {
                    ctx.Error(line, p + "board", $"'{board.Name}' carries {board.GpuId}, not {gpu.Id}", $"name a {gpu.Name} board, or leave 'board' out for the reference design");
                    board = null;
                }
            }
            else if (partText is null)
            {
                board = Resolve(ctx, _boards, boardText, line, p + "board", "gpu-boards");
                gpu = board is null ? null : _catalog.Find(board.GpuId) as Gpu;
            }
        }
        else if (partText is null)
        {
            ctx.Error(m.Line, p + "part", "the GPU entry names no GPU", "add 'part: RTX 3090' (and optionally 'board:')");
        }

        var count = ctx.Count(m, "count", p, 1, BuildLimits.MaxGpusPerNode, what: "GPUs in one node") ?? 1;
        var limit = ctx.Number(m, "power_limit_w", p, 1, 2000);
        var riser = ctx.Text(m, "riser", p) is { } r ? Resolve(ctx, _risers, r, Entry(m, "riser")!.Line, p + "riser", "risers") : null;
        var slots = ctx.Positions(m, "slots", p, 1, 32);
        if (!slots.IsEmpty && slots.Length != count)
        {
            ctx.Error(Entry(m, "slots")!.Line, p + "slots", $"{slots.Length} slot positions for {count} GPUs", "give one slot position per GPU, e.g. slots: [1, 3, 5, 7]");
        }

        if (gpu is not null && limit is { } l && l > (board?.Tdp ?? gpu.Tdp).Value * 1.25)
        {
            ctx.Error(Entry(m, "power_limit_w")!.Line, p + "power_limit_w", $"{l.ToString("0", CultureInfo.InvariantCulture)} W is far above the card's {(board?.Tdp ?? gpu.Tdp)} board power", "a power limit lowers draw; leave it out to run at board power");
        }

        return gpu is null ? null : new GpuGroup
        {
            Gpu = gpu,
            Board = board,
            Count = count,
            PowerLimit = limit is { } w ? new Watts(w) : null,
            Riser = riser,
            Slots = slots,
            Location = ctx.At(m.Line),
        };
    }

    private static ImmutableArray<T> ReadList<T>(Context ctx, DocMap map, string key, string prefix, Func<DocMap, string, T?> read)
        where T : class
    {
        var entry = Entry(map, key);
        if (entry is null || (entry.Value is DocScalar { IsNull: true }))
        {
            return [];
        }

        // A single mapping is accepted where a list is expected: "psus: { part: X, count: 2 }".
        var items = entry.Value switch
        {
            DocList list => list.Items,
            DocMap single => [single],
            _ => ctx.List(entry.Value, prefix + key)?.Items ?? [],
        };
        var result = ImmutableArray.CreateBuilder<T>();
        for (var i = 0; i < items.Length; i++)
        {
            var path = $"{prefix}{key}[{i}]";
            if (ctx.Map(items[i], path) is { } m && read(m, path) is { } item)
            {
                result.Add(item);
            }
        }

        return result.ToImmutable();
    }

    private static T? Required<T>(Context ctx, DocMap map, string key, string prefix, NameResolver<T> resolver, string kind)
        where T : Part
    {
        var text = ctx.Text(map, key, prefix);
        if (text is null)
        {
            if (Entry(map, key) is null)
            {
                ctx.Error(map.Line, prefix + key, $"'{key}' is missing", $"add '{key}:' with a part id or name (list them with `rigplan parts {kind}`)");
            }

            return null;
        }

        return Resolve(ctx, resolver, text, Entry(map, key)!.Line, prefix + key, kind);
    }

    private static T? Resolve<T>(Context ctx, NameResolver<T> resolver, string text, int line, string field, string kind)
        where T : Part
    {
        var found = resolver.Resolve(text);
        if (found.Part is null)
        {
            ctx.Error(line, field, found.Message, $"write a catalog id or a fuller name (list them with `rigplan parts {kind} --search WORD`)");
        }

        return found.Part;
    }

    /// <summary>Collects errors and reads typed values, naming each by its path in the file.</summary>
    private sealed class Context(string file)
    {
        public List<InputError> Errors { get; } = [];

        public SourceLocation At(int line) => new(file, line);

        public void Error(int line, string field, string message, string? fix = null) =>
            Errors.Add(new InputError(file, line, field, message, fix));

        public DocMap? Map(DocNode node, string what)
        {
            if (node is DocMap map)
            {
                return map;
            }

            Error(node.Line, what, $"{what} must be a mapping of keys to values", "indent its keys under it (see docs/build-file.md)");
            return null;
        }

        public DocList? List(DocNode node, string what)
        {
            if (node is DocList list)
            {
                return list;
            }

            Error(node.Line, what, $"{what} must be a list", "write each item on its own line starting with '- '");
            return null;
        }

        public void CheckKeys(DocMap map, string[] allowed, string prefix)
        {
            foreach (var entry in map.Entries.Where(e => !allowed.Contains(e.Key, StringComparer.Ordinal)))
            {
                var nearest = NameMatching.Nearest(entry.Key, allowed);
                Error(entry.Line, prefix + entry.Key, $"unknown key '{entry.Key}'", nearest is null ? $"the keys here are: {string.Join(", ", allowed)}" : $"did you mean '{nearest}'?");
            }

            foreach (var dup in map.Entries.GroupBy(e => e.Key).Where(g => g.Count() > 1))
            {
                Error(dup.Skip(1).First().Line, prefix + dup.Key, $"'{dup.Key}' is given twice", "keep one");
            }
        }

        public string? Text(DocMap map, string key, string prefix)
        {
            var entry = map.Entries.FirstOrDefault(e => e.Key == key);
            switch (entry?.Value)
            {
                case null:
                case DocScalar { IsNull: true }:
                    return null;
                case DocScalar scalar:
                    return scalar.Text.Trim();
                default:
                    Error(entry.Line, prefix + key, $"'{key}' must be a single value", $"write {key}: VALUE on one line");
                    return null;
            }
        }

        public double? Number(DocMap map, string key, string prefix, double min, double max)
        {
            var text = Text(map, key, prefix);
            if (text is null)
            {
                return null;
            }

            var line = map.Entries.First(e => e.Key == key).Line;
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Error(line, prefix + key, $"'{text}' is not a number", $"write a plain number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
                return null;
            }

            if (value < min || value > max)
            {
                Error(line, prefix + key, $"{text} is outside {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}", "correct the value");
                return null;
            }

            return value;
        }

        public int? Count(DocMap map, string key, string prefix, int min, int max, string what = "")
        {
            var text = Text(map, key, prefix);
            if (text is null)
            {
                return null;
            }

            var line = map.Entries.First(e => e.Key == key).Line;
            if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                Error(line, prefix + key, $"'{text}' is not a whole number", $"write a count from {min} to {max}");
                return null;
            }

            if (value < min)
            {
                Error(line, prefix + key, $"{value} is less than {min}", value < 0 ? "a count cannot be negative" : $"use at least {min}, or remove the entry");
                return null;
            }

            if (value > max)
            {
                var noun = what.Length > 0 ? $" {what}" : "";
                Error(line, prefix + key, $"{value.ToString("N0", CultureInfo.InvariantCulture)}{noun} is more than RigPlan plans for (at most {max})", "check the number; for large clusters use several nodes with 'count:'");
                return null;
            }

            return (int)value;
        }

        public ImmutableArray<int> Positions(DocMap map, string key, string prefix, int min, int max)
        {
            var entry = map.Entries.FirstOrDefault(e => e.Key == key);
            if (entry is null || entry.Value is DocScalar { IsNull: true })
            {
                return [];
            }

            if (entry.Value is not DocList list)
            {
                Error(entry.Line, prefix + key, $"'{key}' must be a list of numbers", $"write {key}: [1, 3]");
                return [];
            }

            var result = ImmutableArray.CreateBuilder<int>();
            foreach (var item in list.Items)
            {
                if (item is DocScalar s && int.TryParse(s.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max)
                {
                    result.Add(v);
                }
                else
                {
                    Error(item.Line, prefix + key, $"'{(item as DocScalar)?.Text ?? "a nested value"}' is not a number from {min} to {max}", $"write {key}: [1, 3]");
                }
            }

            return result.ToImmutable();
        }
    }
}
