using System.Collections.Immutable;
using RigPlan.Core.Builds;
using RigPlan.Core.Catalog;
using RigPlan.Core.Units;

namespace RigPlan.Testing;

/// <summary>Builds nodes from shipped catalog parts by id; starts from the founding build with RigPlan's fixes (which passes).</summary>
public sealed class NodeBuilder
{
    private static readonly SourceLocation Here = new("test.yaml", 1);
    private readonly HardwareCatalog _catalog;
    private string _board = "romed8-2t";
    private string _cpu = "epyc-7502";
    private int _cpuCount = 1;
    private string? _chassis = "fractal-meshify-2-xl";
    private (string Id, int Count)? _memory = ("samsung-m393a2k40db3-cwe", 8);
    private readonly List<GpuGroup> _gpus = [];
    private readonly List<(string Id, int Count, int[] Circuits)> _psus = [];
    private readonly List<(string Id, int Count)> _nics = [];
    private int _count = 1;
    private string _name = "node-1";
    private bool _defaultGpus = true;
    private bool _defaultPsus = true;

    /// <summary>Starts from the fixed founding build.</summary>
    public NodeBuilder(HardwareCatalog? catalog = null) => _catalog = catalog ?? Repo.Catalog;

    /// <summary>The board.</summary>
    public NodeBuilder Board(string id)
    {
        _board = id;
        return this;
    }

    /// <summary>The CPU.</summary>
    public NodeBuilder Cpu(string id, int count = 1)
    {
        _cpu = id;
        _cpuCount = count;
        return this;
    }

    /// <summary>The chassis (null for none).</summary>
    public NodeBuilder Chassis(string? id)
    {
        _chassis = id;
        return this;
    }

    /// <summary>Memory (null for none).</summary>
    public NodeBuilder Memory(string? id, int count = 8)
    {
        _memory = id is null ? null : (id, count);
        return this;
    }

    /// <summary>Adds a GPU group (the first call replaces the default 4x ASUS Turbo RTX 3090).</summary>
    public NodeBuilder Gpu(string id, int count, string? board = null, double? limit = null, string? riser = null, int[]? slots = null)
    {
        if (_defaultGpus)
        {
            _gpus.Clear();
            _defaultGpus = false;
        }

        var gpu = (Gpu)_catalog.Find(id)!;
        _gpus.Add(new GpuGroup
        {
            Gpu = gpu,
            Board = board is null ? null : new NameResolver<GpuBoard>(_catalog.BoardsFor(id)).Resolve(board).Part ?? throw new ArgumentException(board),
            Count = count,
            PowerLimit = limit is { } l ? new Watts(l) : null,
            Riser = riser is null ? null : (Riser)_catalog.Find(riser)!,
            Slots = slots is null ? [] : [.. slots],
            Location = Here,
        });
        return this;
    }

    /// <summary>No GPUs.</summary>
    public NodeBuilder NoGpus()
    {
        _gpus.Clear();
        _defaultGpus = false;
        return this;
    }

    /// <summary>Adds a PSU group (the first call replaces the default one MSI MEG Ai1600T).</summary>
    public NodeBuilder Psu(string id, int count = 1, params int[] circuits)
    {
        if (_defaultPsus)
        {
            _psus.Clear();
            _defaultPsus = false;
        }

        _psus.Add((id, count, circuits));
        return this;
    }

    /// <summary>No PSU.</summary>
    public NodeBuilder NoPsus()
    {
        _psus.Clear();
        _defaultPsus = false;
        return this;
    }

    /// <summary>Adds a NIC.</summary>
    public NodeBuilder Nic(string id, int count = 1)
    {
        _nics.Add((id, count));
        return this;
    }

    /// <summary>Identical machines and the node's name.</summary>
    public NodeBuilder Count(int count, string name = "node-1")
    {
        _count = count;
        _name = name;
        return this;
    }

    /// <summary>The node.</summary>
    public NodeSpec Build()
    {
        if (_defaultGpus)
        {
            Gpu("rtx-3090", 4, board: "ASUS Turbo", limit: 240);
            _defaultGpus = true;
        }

        if (_defaultPsus)
        {
            _psus.Clear();
            _psus.Add(("msi-meg-ai1600t-pcie5", 1, []));
        }

        return new NodeSpec
        {
            Name = _name,
            Count = _count,
            Chassis = _chassis is null ? null : (Chassis)_catalog.Find(_chassis)!,
            Motherboard = (Motherboard)_catalog.Find(_board)!,
            Cpu = (Cpu)_catalog.Find(_cpu)!,
            CpuCount = _cpuCount,
            Memory = _memory is { } m ? new PartGroup<MemoryModule> { Part = (MemoryModule)_catalog.Find(m.Id)!, Count = m.Count, Location = Here } : null,
            Gpus = [.. _gpus],
            Psus = [.. _psus.Select(p => new PartGroup<Psu> { Part = (Psu)_catalog.Find(p.Id)!, Count = p.Count, Circuits = [.. p.Circuits], Location = Here })],
            Nics = [.. _nics.Select(n => new PartGroup<Nic> { Part = (Nic)_catalog.Find(n.Id)!, Count = n.Count, Location = Here })],
            Location = Here,
        };
    }

    /// <summary>A one-node build at a site.</summary>
    public BuildSpec InBuild(double volts = 120, double amps = 15, int circuits = 1) => TestBuilds.Of(volts, amps, circuits, Build());
}

/// <summary>Builds made of nodes.</summary>
public static class TestBuilds
{
    /// <summary>A build of these nodes at a site.</summary>
    public static BuildSpec Of(double volts, double amps, int circuits, params NodeSpec[] nodes) => new()
    {
        Name = "test",
        Site = new Site { Voltage = new Volts(volts), CircuitAmps = new Amps(amps), Circuits = circuits },
        Nodes = [.. nodes],
    };
}
