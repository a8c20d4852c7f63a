using System.Collections.Frozen;
using System.Collections.Immutable;

namespace RigPlan.Core.Catalog;

/// <summary>The loaded, validated catalog: every part by kind and by id, and every dated price.</summary>
public sealed class HardwareCatalog
{
    private readonly FrozenDictionary<string, Part> _byId;
    private readonly FrozenDictionary<string, ImmutableArray<PriceQuote>> _prices;
    private readonly ILookup<string, GpuBoard> _boardsByGpu;

    /// <summary>Builds a catalog from validated parts; ids must be unique.</summary>
    public HardwareCatalog(
        IEnumerable<Gpu> gpus,
        IEnumerable<GpuBoard> gpuBoards,
        IEnumerable<Cpu> cpus,
        IEnumerable<Motherboard> motherboards,
        IEnumerable<MemoryModule> memory,
        IEnumerable<Psu> psus,
        IEnumerable<Chassis> chassis,
        IEnumerable<Riser> risers,
        IEnumerable<Nic> nics,
        IEnumerable<NetworkSwitch> switches,
        IEnumerable<PriceQuote> prices)
    {
        Gpus = [.. gpus];
        GpuBoards = [.. gpuBoards];
        Cpus = [.. cpus];
        Motherboards = [.. motherboards];
        Memory = [.. memory];
        Psus = [.. psus];
        Chassis = [.. chassis];
        Risers = [.. risers];
        Nics = [.. nics];
        Switches = [.. switches];
        Prices = [.. prices];
        AllParts = [.. Gpus, .. GpuBoards, .. Cpus, .. Motherboards, .. Memory, .. Psus, .. Chassis, .. Risers, .. Nics, .. Switches];
        _byId = AllParts.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _boardsByGpu = GpuBoards.ToLookup(b => b.GpuId, StringComparer.Ordinal);
        _prices = Prices.GroupBy(p => p.PartId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.FromUser).ThenByDescending(p => p.Date).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>GPU models.</summary>
    public ImmutableArray<Gpu> Gpus { get; }

    /// <summary>Partner board variants.</summary>
    public ImmutableArray<GpuBoard> GpuBoards { get; }

    /// <summary>Processors.</summary>
    public ImmutableArray<Cpu> Cpus { get; }

    /// <summary>Motherboards with their slots.</summary>
    public ImmutableArray<Motherboard> Motherboards { get; }

    /// <summary>Memory modules.</summary>
    public ImmutableArray<MemoryModule> Memory { get; }

    /// <summary>Power supplies.</summary>
    public ImmutableArray<Psu> Psus { get; }

    /// <summary>Cases, frames, rack chassis and barebones.</summary>
    public ImmutableArray<Chassis> Chassis { get; }

    /// <summary>Riser cables.</summary>
    public ImmutableArray<Riser> Risers { get; }

    /// <summary>Network adapters.</summary>
    public ImmutableArray<Nic> Nics { get; }

    /// <summary>Network switches.</summary>
    public ImmutableArray<NetworkSwitch> Switches { get; }

    /// <summary>Every dated price.</summary>
    public ImmutableArray<PriceQuote> Prices { get; }

    /// <summary>Every part of every kind.</summary>
    public ImmutableArray<Part> AllParts { get; }

    /// <summary>Parts of one kind.</summary>
    public IEnumerable<Part> OfKind(PartKind kind) => AllParts.Where(p => p.Kind == kind);

    /// <summary>The part with this id, or null.</summary>
    public Part? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Every price for a part: the user's own first, then newest first.</summary>
    public ImmutableArray<PriceQuote> PricesFor(string partId) => _prices.GetValueOrDefault(partId, []);

    /// <summary>The price to use for a part in a condition (the user's, else the newest), or null when none is known.</summary>
    public PriceQuote? LatestPrice(string partId, PriceCondition condition) =>
        PricesFor(partId).FirstOrDefault(p => p.Condition == condition);

    /// <summary>The price suggestions and listings go by: new where known, else used; null when neither is known.</summary>
    public PriceQuote? NewElseUsed(string partId) => LatestPrice(partId, PriceCondition.New) ?? LatestPrice(partId, PriceCondition.Used);

    /// <summary>The boards built around a GPU model.</summary>
    public IEnumerable<GpuBoard> BoardsFor(string gpuId) => _boardsByGpu[gpuId];

    /// <summary>A copy of this catalog whose prices are these user prices plus the catalog's own.</summary>
    public HardwareCatalog WithPrices(IEnumerable<PriceQuote> userPrices) =>
        new(Gpus, GpuBoards, Cpus, Motherboards, Memory, Psus, Chassis, Risers, Nics, Switches, [.. userPrices, .. Prices]);
}
