using System.Collections.Immutable;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Network;
using RigPlan.Core.Checks;
using RigPlan.Core.Checks.Rules;
using RigPlan.Core.Power;
using RigPlan.Core.Units;

namespace RigPlan.Core.Planning;

/// <summary>
/// A GPU choice: a model and a board variant (null = reference design), with its price; optionally on a riser, and
/// optionally capped below board power (with the share of its compute speed the cap keeps).
/// </summary>
public sealed record GpuOption(Gpu Gpu, GpuBoard? Board, double Price, Riser? Riser = null)
{
    /// <summary>The power cap, watts; null runs at board power.</summary>
    public double? PowerLimit { get; init; }

    /// <summary>Share of compute speed kept at the cap (1 without one).</summary>
    public double SpeedKept { get; init; } = 1;

    /// <summary>A key naming the card and its riser: all that the slot and fit rules see.</summary>
    public string SlotKey => (Board?.Id ?? Gpu.Id) + (Riser is null ? "" : "+" + Riser.Id);

    /// <summary>A key naming the card, its riser and its cap, for caches.</summary>
    public string Key => (Board?.Id ?? Gpu.Id) + (Riser is null ? "" : "+" + Riser.Id) + (PowerLimit is { } p ? FormattableString.Invariant($"@{p:0}") : "");

    /// <summary>Expansion positions the card covers in its slot: its width, or 1 on a riser.</summary>
    public int Covers => Riser is not null ? 1 : (Board is not null ? Board.SlotWidth : Gpu.SlotWidth) is { } w ? (int)Math.Ceiling(w - 0.01) : 2;

    /// <summary>Board power of one card, as built.</summary>
    public double BoardPower => (Board?.Tdp ?? Gpu.Tdp).Value;

    /// <summary>Power one card may draw: the cap, else board power.</summary>
    public double Power => PowerLimit ?? BoardPower;

    /// <summary>Dense BF16 (FP16 where BF16 is unsupported) TFLOPS of one card at its cap; 0 when unknown.</summary>
    public double Tflops => (Gpu.MixedPrecision?.Value ?? 0) * SpeedKept;

    /// <summary>"ASUS Turbo RTX 3090" or "GeForce RTX 4090 (reference)", with its riser and cap.</summary>
    public string Label => (Board?.Name ?? $"{Gpu.Name} (reference)") + (Riser is null ? "" : $" on {Riser.Name}") + (PowerLimit is { } p ? FormattableString.Invariant($" capped at {p:0} W") : "");
}

/// <summary>A CPU on a board, with their price (the CPU counted once per socket used).</summary>
public sealed record PlatformOption(Cpu Cpu, int CpuCount, Motherboard Board, double Price);

/// <summary>A memory population: a module and how many.</summary>
public sealed record MemoryOption(MemoryModule Module, int Count, double Price)
{
    /// <summary>Total capacity, GB.</summary>
    public double Gb => Module.Capacity.Value * Count;
}

/// <summary>A PSU population: a model and how many.</summary>
public sealed record PsuOption(Psu Psu, int Count, double Price, double Capacity);

/// <summary>
/// The candidates a plan is built from, priced and filtered by the requirement, with dominated board variants
/// removed: a board variant that is no narrower, shorter, cooler-running, cheaper or lower-power than another of
/// the same model, with the same connectors, can never give a better plan.
/// </summary>
public sealed class PlanSpace
{
    /// <summary>Most PSUs of one model in a node.</summary>
    public const int MaxPsus = 4;

    /// <summary>
    /// Which parts a requirement lets the search use: not excluded (by id, vendor or GPU model), and, where parts of a kind
    /// are required, only those (several of a kind are alternatives; a required partner board stands for its GPU model).
    /// </summary>
    /// <param name="catalog">The catalog the requirement's names resolve in.</param>
    /// <param name="req">The requirement.</param>
    public static Func<Part, bool> AllowedBy(HardwareCatalog catalog, Requirements req)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(req);
        var required = RequiredParts(catalog, req);
        var requiredKinds = required.Select(p => p.Kind == PartKind.GpuBoard ? PartKind.Gpu : p.Kind).ToHashSet();
        var excluded = ExcludedBy(req);
        return p =>
        {
            if (excluded(p))
            {
                return false;
            }

            var kind = p.Kind == PartKind.GpuBoard ? PartKind.Gpu : p.Kind;
            return !requiredKinds.Contains(kind)
                || required.Any(r => r.Id == p.Id || (p is GpuBoard b && r.Id == b.GpuId) || (r is GpuBoard rb && p is Gpu g && rb.GpuId == g.Id));
        };
    }

    private static List<Part> RequiredParts(HardwareCatalog catalog, Requirements req) => [.. req.Require.Select(catalog.Find).OfType<Part>()];

    private static Func<Part, bool> ExcludedBy(Requirements req)
    {
        var excluded = req.Exclude.Select(x => x.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return p => excluded.Count > 0 && (excluded.Contains(p.Id) || (p.Vendor is not null && excluded.Contains(p.Vendor)) || (p is GpuBoard b && excluded.Contains(b.GpuId)));
    }

    /// <summary>Power caps tried with <see cref="Requirements.PowerCaps"/>, as shares of board power (within the power model's measured range).</summary>
    public static readonly ImmutableArray<double> CapShares = [0.9, 0.8, 0.7];

    private static readonly double[] LoadPoints = [0.2, 0.5, 1.0];

    private readonly Func<string, double?> _price;

    /// <summary>Prepares the candidates.</summary>
    public PlanSpace(HardwareCatalog catalog, Requirements req)
    {
        Catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
        Requirements = req ?? throw new ArgumentNullException(nameof(req));
        _price = id => Price(catalog, id, req.Prices);
        var required = RequiredParts(catalog, req);
        var excluded = ExcludedBy(req);
        var allowed = AllowedBy(catalog, req);
        bool Excluded(Part p) => excluded(p);
        bool Allowed(Part p) => allowed(p);
        var unpriced = 0;
        double? Priced(Part p)
        {
            var price = _price(p.Id);
            if (price is null)
            {
                unpriced++;
            }

            return price;
        }

        var risers = catalog.Risers.Where(r => Allowed(r) && _price(r.Id) is not null).Select(r => (Riser: r, Price: _price(r.Id)!.Value)).OrderBy(r => r.Price).ToList();
        var gpus = ImmutableArray.CreateBuilder<GpuOption>();
        foreach (var gpu in catalog.Gpus.Where(g => g.FormFactor == GpuFormFactor.Pcie && g.Vram.Value >= req.MinVramPerGpuGb && Allowed(g)))
        {
            if (Priced(gpu) is not { } modelPrice)
            {
                continue;
            }

            var options = new List<GpuOption>();
            if (gpu.SlotWidth is not null && !required.OfType<GpuBoard>().Any(b => b.GpuId == gpu.Id))
            {
                options.Add(new GpuOption(gpu, null, modelPrice));
            }

            var requiredBoards = required.OfType<GpuBoard>().Where(b => b.GpuId == gpu.Id).ToList();
            foreach (var board in catalog.BoardsFor(gpu.Id).Where(b => b.SlotWidth is not null && !Excluded(b) && (requiredBoards.Count == 0 || requiredBoards.Any(r => r.Id == b.Id))))
            {
                options.Add(new GpuOption(gpu, board, _price(board.Id) ?? modelPrice));
            }

            // In an open frame a card can hang on a riser and cover no neighbouring slot: the cheapest priced riser fast
            // and wide enough for the card joins each variant (only where the requirement allows an open frame).
            if (req.Form is FormFactorChoice.Any or FormFactorChoice.OpenFrame && risers.Count > 0)
            {
                var riser = risers.FirstOrDefault(r => r.Riser.PcieGen >= (gpu.PcieGen ?? 4) && r.Riser.Lanes >= Math.Min(16, gpu.PcieLanes ?? 16));
                if (riser.Riser is not null)
                {
                    options.AddRange([.. options.Select(o => o with { Riser = riser.Riser, Price = o.Price + riser.Price })]);
                }
            }

            // With a power model, each variant may also run capped: fewer watts for a little less speed (the model says how much).
            if (req.PowerCaps is { } power)
            {
                var capped = new List<GpuOption>();
                foreach (var option in options)
                {
                    foreach (var share in CapShares)
                    {
                        var cap = Math.Round(option.BoardPower * share / 5) * 5;
                        capped.Add(option with { PowerLimit = cap, SpeedKept = power.ComputeFraction(cap, option.BoardPower) });
                    }
                }

                options.AddRange(capped);
            }

            gpus.AddRange(Undominated(options));
        }

        Gpus = gpus.ToImmutable();

        // A CPU no better than a cheaper one on everything the rules look at (lanes, channels, memory, TDP, sockets) never gives a better plan.
        var pricedCpus = catalog.Cpus.Where(c => Allowed(c) && Priced(c) is not null).ToList();
        var socketKeys = catalog.Cpus.Select(c => c.Socket).Concat(catalog.Motherboards.Select(b => b.Socket)).Distinct().ToDictionary(x => x, NameMatching.Key);
        var cpus = Undominated(pricedCpus, (a, b) =>
            socketKeys[a.Socket] == socketKeys[b.Socket] && a.MemoryType == b.MemoryType && a.MemoryChannels == b.MemoryChannels
            && a.PcieLanes >= b.PcieLanes && a.PcieGen >= b.PcieGen && a.Tdp <= b.Tdp && (a.SocketsMax ?? 1) >= (b.SocketsMax ?? 1)
            && (b.MaxMemory is null || (a.MaxMemory is { } am && am >= b.MaxMemory.Value)) && _price(a.Id) <= _price(b.Id));

        // A board with the same slot layout and memory support as a cheaper one, and no faster onboard network, is never better.
        static string Layout(Motherboard b) => string.Join(";", b.Slots.Select(x => $"{x.Position}:{x.PhysicalLanes}:{x.ElectricalLanes}:{x.Gen}:{x.Attached}:{x.Label}:{string.Join(',', x.SharesWith)}:{x.LanesWhenShared}"));
        var pricedBoards = catalog.Motherboards.Where(b => !b.Slots.IsEmpty && Allowed(b) && Priced(b) is not null).ToList();
        var layouts = pricedBoards.ToDictionary(b => b.Id, Layout);
        var network = pricedBoards.ToDictionary(b => b.Id, b => Checks.Rules.NetworkRule.FastestPortGbps(new Builds.NodeSpec { Name = "", Motherboard = b, Cpu = catalog.Cpus[0], Location = default }));
        var boards = Undominated(pricedBoards, (a, b) =>
            layouts[a.Id] == layouts[b.Id] && socketKeys[a.Socket] == socketKeys[b.Socket] && a.CpuSockets == b.CpuSockets && a.MemoryType == b.MemoryType
            && BoardFormFactor.Same(a.FormFactor, b.FormFactor) && b.DimmKinds.All(a.DimmKinds.Contains) && a.DimmSlots >= b.DimmSlots
            && (b.MaxMemory is null ? a.MaxMemory is null : a.MaxMemory is { } am && am >= b.MaxMemory.Value) && network[a.Id] >= network[b.Id]
            && _price(a.Id) <= _price(b.Id));

        var platforms = ImmutableArray.CreateBuilder<PlatformOption>();
        foreach (var board in boards)
        {
            var boardPrice = _price(board.Id)!.Value;

            foreach (var cpu in cpus.Where(c => socketKeys[c.Socket] == socketKeys[board.Socket]))
            {
                var cpuPrice = _price(cpu.Id)!.Value;

                for (var n = 1; n <= board.CpuSockets; n++)
                {
                    if (n == 1 || cpu.SocketsMax is null or >= 2)
                    {
                        platforms.Add(new PlatformOption(cpu, n, board, boardPrice + (cpuPrice * n)));
                    }
                }
            }
        }

        Platforms = [.. platforms.OrderBy(p => p.Price)];

        var modules = Undominated(
            [.. Catalog.Memory.Where(m => Allowed(m) && Priced(m) is not null)],
            (a, b) => a.Generation == b.Generation && a.DimmKind == b.DimmKind && a.Capacity == b.Capacity && _price(a.Id) <= _price(b.Id));
        Memory = [.. modules.Select(m => new MemoryOption(m, 1, _price(m.Id)!.Value))];

        var candidates = catalog.Psus.Where(p => Allowed(p) && p.Pcie8Pin is not null && p.Pcie12VHpwr is not null && PsuRatings.Capacity(p, req.Site) is { Value: > 0 } && Priced(p) is not null).ToList();
        var efficiency = candidates.ToDictionary(p => p.Id, p => LoadPoints.Select(f => PsuRatings.Efficiency(p, f, req.Site.HighLine)).ToArray());
        var undominatedPsus = Undominated(candidates, (a, b) =>
            a.FormFactor == b.FormFactor && PsuRatings.Capacity(a, req.Site)!.Value >= PsuRatings.Capacity(b, req.Site)!.Value
            && a.Pcie8Pin >= b.Pcie8Pin && a.Pcie12VHpwr >= b.Pcie12VHpwr && (a.Eps8Pin ?? 0) >= (b.Eps8Pin ?? 0) && (b.Eps8Pin is null || a.Eps8Pin is not null)
            && (a.Atx3 == true || a.Atx3 == b.Atx3)
            // At one DC load a larger PSU runs at a smaller share of its rating, so curves compare point by point only
            // at equal capacity; otherwise the larger one must be at least as efficient everywhere as the other at best.
            && (PsuRatings.Capacity(a, req.Site)!.Value == PsuRatings.Capacity(b, req.Site)!.Value
                ? efficiency[a.Id].Zip(efficiency[b.Id]).All(e => e.First >= e.Second)
                : efficiency[a.Id].Min() >= efficiency[b.Id].Max())
            && _price(a.Id) <= _price(b.Id));
        var psus = ImmutableArray.CreateBuilder<PsuOption>();
        foreach (var psu in undominatedPsus)
        {
            var capacity = PsuRatings.Capacity(psu, req.Site)!.Value;
            var price = _price(psu.Id)!.Value;

            for (var n = 1; n <= MaxPsus; n++)
            {
                psus.Add(new PsuOption(psu, n, price * n, capacity.Value * n));
            }
        }

        Psus = [.. psus.OrderBy(p => p.Price)];

        var chassis = new List<Chassis?>();
        foreach (var c in catalog.Chassis.Where(Allowed))
        {
            var fits = req.Form switch
            {
                FormFactorChoice.Tower => c.ChassisKind == ChassisKind.Tower,
                FormFactorChoice.Rack => c.ChassisKind is ChassisKind.Rack or ChassisKind.Barebone,
                FormFactorChoice.OpenFrame => c.ChassisKind == ChassisKind.OpenFrame,
                _ => true,
            };
            if (fits && Priced(c) is not null)
            {
                chassis.Add(c);
            }
        }

        var boxes = Undominated([.. chassis.OfType<Chassis>()], (a, b) =>
            a.ChassisKind == b.ChassisKind && a.IncludedMotherboard == b.IncludedMotherboard && b.BoardFormFactors.All(a.Takes)
            && a.ExpansionSlots >= b.ExpansionSlots && (b.MaxGpuLength is null ? a.MaxGpuLength is null : a.MaxGpuLength is { } al && al >= b.MaxGpuLength.Value)
            && _price(a.Id) <= _price(b.Id));
        Chassis = [.. boxes.Cast<Chassis?>().Concat(chassis.Where(c => c is null)).OrderBy(c => c is null ? 0 : _price(c.Id)!.Value)];
        UnpricedParts = unpriced;

        // Three or more machines share a switch (two are cabled back to back): the cheapest that gives each a 10 Gb/s port.
        if (req.Nodes >= 3 && Fabric.SwitchesFor(catalog.Switches.Where(Allowed), req.Nodes, Checks.Rules.NetworkRule.MinimumGbps, "ethernet", _price) is { } fabric)
        {
            Network = new NetworkSpec { Switch = fabric.Switch, SwitchCount = fabric.Count, Location = new SourceLocation("plan", 0) };
            NetworkCost = (_price(fabric.Switch.Id) ?? 0) * fabric.Count;
        }
    }

    /// <summary>The network a cluster plan includes (null for one or two machines, or when no switch has the ports).</summary>
    public NetworkSpec? Network { get; }

    /// <summary>What the network costs (0 when its switch has no known price; the plan's summary then names it unpriced).</summary>
    public double NetworkCost { get; }

    /// <summary>True when the requirement's workload (if any) fits on <paramref name="count"/> of this GPU at the speed asked.</summary>
    public bool Admits(GpuOption gpu, int count)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        return Requirements.Workload is not { } w || w.Admits(gpu.Gpu, count);
    }

    /// <summary>The workload's generation speed over all nodes with <paramref name="count"/> of this GPU in each (0 without a workload).</summary>
    public double DecodeTps(GpuOption gpu, int count)
    {
        ArgumentNullException.ThrowIfNull(gpu);
        return Requirements.Workload is { } w ? w.On(gpu.Gpu, count).DecodeTokensPerSecond * Requirements.Nodes : 0;
    }

    /// <summary>The whole plan's cost from one node's: every node plus the network.</summary>
    public double TotalCost(double nodeCost) => (nodeCost * Requirements.Nodes) + NetworkCost;

    /// <summary>The most one node may cost for the whole plan to cost at most <paramref name="total"/>.</summary>
    public double NodeCostFor(double total) => (total - NetworkCost) / Requirements.Nodes;

    /// <summary>The catalog.</summary>
    public HardwareCatalog Catalog { get; }

    /// <summary>The requirement.</summary>
    public Requirements Requirements { get; }

    /// <summary>GPU options.</summary>
    public ImmutableArray<GpuOption> Gpus { get; }

    /// <summary>CPU and board pairs, cheapest first.</summary>
    public ImmutableArray<PlatformOption> Platforms { get; }

    /// <summary>Priced memory modules (count 1; populations are made per platform).</summary>
    public ImmutableArray<MemoryOption> Memory { get; }

    /// <summary>PSU populations, cheapest first.</summary>
    public ImmutableArray<PsuOption> Psus { get; }

    /// <summary>Enclosures allowed by the requirement, cheapest first.</summary>
    public ImmutableArray<Chassis?> Chassis { get; }

    /// <summary>Parts left out for want of a price.</summary>
    public int UnpricedParts { get; }

    /// <summary>The price of a part under the requirement's price mode.</summary>
    public double PriceOf(Part part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return _price(part.Id) ?? throw new InvalidOperationException($"{part.Id} has no price");
    }

    /// <summary>A part's price in a mode, or null.</summary>
    public static double? Price(HardwareCatalog catalog, string id, PriceMode mode)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var fresh = catalog.LatestPrice(id, PriceCondition.New)?.Price.Value;
        var used = catalog.LatestPrice(id, PriceCondition.Used)?.Price.Value;
        return mode switch
        {
            PriceMode.New => fresh,
            PriceMode.Used => used,
            _ => fresh is null ? used : used is null ? fresh : Math.Min(fresh.Value, used.Value),
        };
    }

    /// <summary>Memory populations for a platform: every channel filled (one or two modules per channel), cheapest first.</summary>
    public IEnumerable<MemoryOption> MemoryFor(PlatformOption platform)
    {
        ArgumentNullException.ThrowIfNull(platform);
        var board = platform.Board;
        var channels = platform.Cpu.MemoryChannels * platform.CpuCount;
        return Memory
            .Where(m => m.Module.Generation == board.MemoryType && m.Module.Generation == platform.Cpu.MemoryType && board.DimmKinds.Contains(m.Module.DimmKind))
            .SelectMany(m => Enumerable.Range(1, 2).Select(k => k * channels).Where(n => n <= board.DimmSlots).Select(n => new MemoryOption(m.Module, n, m.Price * n)))
            .Where(m => (board.MaxMemory is null || m.Gb <= board.MaxMemory.Value.Value) && (platform.Cpu.MaxMemory is null || m.Gb <= platform.Cpu.MaxMemory.Value.Value * platform.CpuCount))
            .OrderBy(m => m.Price);
    }

    /// <summary>The items no other item is no worse than while being strictly better (of equals, the first is kept).</summary>
    private static List<T> Undominated<T>(List<T> items, Func<T, T, bool> noWorse)
    {
        var kept = new List<T>();
        for (var i = 0; i < items.Count; i++)
        {
            var dominated = false;
            for (var j = 0; j < items.Count && !dominated; j++)
            {
                dominated = j != i && noWorse(items[j], items[i]) && (!noWorse(items[i], items[j]) || j < i);
            }

            if (!dominated)
            {
                kept.Add(items[i]);
            }
        }

        return kept;
    }

    private static List<GpuOption> Undominated(List<GpuOption> options)
    {
        static bool NoWorse(GpuOption a, GpuOption b)
        {
            // Lengths as the checker reads them: a partner board's own (unknown stays unknown), else the model's.
            var la = a.Board is not null ? a.Board.Length : a.Gpu.Length;
            var lb = b.Board is not null ? b.Board.Length : b.Gpu.Length;
            var ca = a.Board is not null ? (a.Board.PowerConnectorsKnown ? a.Board.PowerConnectors : default) : (a.Gpu.PowerConnectorsKnown ? a.Gpu.PowerConnectors : default);
            var cb = b.Board is not null ? (b.Board.PowerConnectorsKnown ? b.Board.PowerConnectors : default) : (b.Gpu.PowerConnectorsKnown ? b.Gpu.PowerConnectors : default);
            var coolA = a.Board is not null ? a.Board.Cooling : a.Gpu.Cooling;
            var coolB = b.Board is not null ? b.Board.Cooling : b.Gpu.Cooling;
            // A card on a riser needs an open frame and skips the slot's physical-size check, so only another riser option can stand for it.
            return (a.Riser is null) == (b.Riser is null)
                && a.Tflops >= b.Tflops
                && a.Covers <= b.Covers
                && la is not null && lb is not null && la.Value <= lb.Value
                && a.Power <= b.Power
                && a.Price <= b.Price
                && !ca.IsDefault && !cb.IsDefault && ca.SequenceEqual(cb)
                && (coolA == coolB || coolA == Cooling.Blower);
        }

        var kept = new List<GpuOption>();
        foreach (var option in options)
        {
            // Of mutually equivalent variants keep the first; drop any variant another is no worse than and strictly better in some way.
            var dominated = options.Any(other => !ReferenceEquals(other, option) && NoWorse(other, option) && (!NoWorse(option, other) || options.IndexOf(other) < options.IndexOf(option)));
            if (!dominated)
            {
                kept.Add(option);
            }
        }

        return kept;
    }
}
