using System.Collections.Immutable;
using RigPlan.Core.Units;

namespace RigPlan.Core.Catalog;

/// <summary>
/// Reads the catalog's CSV files into immutable parts, validating every cell: units, required fields,
/// unique ids and references between files. Every problem is reported with file, line and field.
/// </summary>
public static class CatalogLoader
{
    /// <summary>Files larger than this are refused rather than read (the whole catalog is a few MB).</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    /// <summary>Loads the catalog from a directory holding the files named in <see cref="CatalogFiles"/>.</summary>
    public static CatalogLoadResult LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return new CatalogLoadResult(null, [new InputError(directory, 0, null, "the catalog directory does not exist", "point --catalog (or RIGPLAN_CATALOG) at a folder holding the catalog's CSV files")]);
        }

        var errors = new List<InputError>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in CatalogFiles.All)
        {
            var path = Path.Combine(directory, name);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                errors.Add(new InputError(path, 0, null, "the file is missing", $"restore {name} (git checkout -- data/catalog/{name})"));
            }
            else if (info.Length > MaxFileBytes)
            {
                errors.Add(new InputError(path, 0, null, $"the file is {info.Length / (1024 * 1024)} MB, more than the {MaxFileBytes / (1024 * 1024)} MB a catalog file may be", "split or trim it"));
            }
            else
            {
                texts[name] = File.ReadAllText(path);
            }
        }

        if (errors.Count > 0)
        {
            return new CatalogLoadResult(null, [.. errors]);
        }

        return Load(texts, name => Path.Combine(directory, name));
    }

    /// <summary>Loads the catalog from file texts keyed by file name; <paramref name="displayName"/> turns a name into what errors show.</summary>
    public static CatalogLoadResult Load(IReadOnlyDictionary<string, string> texts, Func<string, string>? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        displayName ??= name => name;
        var errors = new List<InputError>();
        var tables = new Dictionary<string, CsvTable>(StringComparer.Ordinal);
        foreach (var name in CatalogFiles.All)
        {
            var shown = displayName(name);
            if (!texts.TryGetValue(name, out var text))
            {
                errors.Add(new InputError(shown, 0, null, "the file is missing", $"add {name}"));
                continue;
            }

            var table = CsvTable.Parse(shown, text, errors);
            CheckColumns(table, CatalogFiles.Columns[name], errors);
            tables[name] = table;
        }

        if (errors.Count > 0)
        {
            return new CatalogLoadResult(null, [.. errors]);
        }

        // Ids of rows that failed still count as defined, so one bad cell is reported once,
        // not again as a dangling reference from every row that names the part.
        var failedIds = new HashSet<string>(StringComparer.Ordinal);
        var gpus = ReadAll(tables[CatalogFiles.Gpus], errors, ReadGpu, failedIds);
        var boards = ReadAll(tables[CatalogFiles.GpuBoards], errors, ReadGpuBoard);
        var cpus = ReadAll(tables[CatalogFiles.Cpus], errors, ReadCpu);
        var slots = ReadAll(tables[CatalogFiles.MotherboardSlots], errors, ReadSlot);
        var motherboards = ReadAll(tables[CatalogFiles.Motherboards], errors, ReadMotherboard);
        var memory = ReadAll(tables[CatalogFiles.Memory], errors, ReadMemory);
        var psus = ReadAll(tables[CatalogFiles.Psus], errors, ReadPsu);
        var chassis = ReadAll(tables[CatalogFiles.Chassis], errors, ReadChassis);
        var risers = ReadAll(tables[CatalogFiles.Risers], errors, ReadRiser);
        var nics = ReadAll(tables[CatalogFiles.Nics], errors, ReadNic);
        var switches = ReadAll(tables[CatalogFiles.Switches], errors, ReadSwitch);
        var prices = ReadAll(tables[CatalogFiles.Prices], errors, (r, _) => PriceReader.ReadCatalogPrice(r));

        // Ids are unique across every file, so a build can name any part by id alone.
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        IEnumerable<Part> all = [.. gpus, .. boards, .. cpus, .. motherboards, .. memory, .. psus, .. chassis, .. risers, .. nics, .. switches];
        foreach (var part in all)
        {
            if (seen.TryGetValue(part.Id, out var first))
            {
                errors.Add(new InputError(part.Location.File, part.Location.Line, "id", $"duplicate id '{part.Id}' (first used at {first})", "give each part its own id"));
            }
            else
            {
                seen[part.Id] = part.Location;
            }
        }

        var gpuIds = gpus.Select(g => g.Id).Concat(failedIds).ToHashSet(StringComparer.Ordinal);
        foreach (var board in boards.Where(b => !gpuIds.Contains(b.GpuId)))
        {
            errors.Add(Dangling(board.Location, "gpu", board.GpuId, "a GPU model in gpus.csv"));
        }

        var boardIds = motherboards.Select(m => m.Id).Concat(failedIds).ToHashSet(StringComparer.Ordinal);
        foreach (var (slot, boardId) in slots.Where(s => !boardIds.Contains(s.BoardId)))
        {
            errors.Add(Dangling(slot.Location, "board", boardId, "a motherboard in motherboards.csv"));
        }

        var slotsByBoard = slots.ToLookup(s => s.BoardId, s => s.Slot, StringComparer.Ordinal);
        foreach (var group in slotsByBoard)
        {
            foreach (var dup in group.GroupBy(s => s.Position).Where(g => g.Count() > 1))
            {
                var second = dup.Skip(1).First();
                errors.Add(new InputError(second.Location.File, second.Location.Line, "position", $"board '{group.Key}' has two slots at position {dup.Key}", "each position holds one slot"));
            }
        }

        foreach (var group in slotsByBoard)
        {
            var positions = group.Select(s => s.Position).ToHashSet();
            foreach (var slot in group)
            {
                foreach (var reference in slot.SharesWith.Where(n => n.StartsWith('@')))
                {
                    if (!int.TryParse(reference.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var at) || !positions.Contains(at) || at == slot.Position)
                    {
                        errors.Add(new InputError(slot.Location.File, slot.Location.Line, "shares_with", $"'{reference}' names no other slot of board '{group.Key}'", "name a partner slot by its label, or by its position as @N (e.g. @5)"));
                    }
                }
            }
        }

        foreach (var board in motherboards)
        {
            if (BoardFormFactor.MaxPositions(board.FormFactor) is not { } max)
            {
                continue;
            }

            foreach (var slot in slotsByBoard[board.Id].Where(s => s.Position > max))
            {
                errors.Add(new InputError(slot.Location.File, slot.Location.Line, "position", $"board '{board.Id}' is {board.FormFactor}, which has expansion positions 1-{max}, but a slot is at position {slot.Position}", $"count positions from the slot nearest the CPU (1) to {max}, empty positions included"));
            }
        }

        motherboards = [.. motherboards.Select(m => m with { Slots = [.. slotsByBoard[m.Id].OrderBy(s => s.Position)] })];

        var psuIds = psus.Select(p => p.Id).Concat(failedIds).ToHashSet(StringComparer.Ordinal);
        foreach (var c in chassis)
        {
            if (c.IncludedMotherboard is { } mb && !boardIds.Contains(mb))
            {
                errors.Add(Dangling(c.Location, "included_motherboard", mb, "a motherboard in motherboards.csv"));
            }

            if (c.IncludedPsu is { } psu && !psuIds.Contains(psu))
            {
                errors.Add(Dangling(c.Location, "included_psu", psu, "a PSU in psus.csv"));
            }
        }

        foreach (var price in prices.Where(p => !seen.ContainsKey(p.PartId) && !failedIds.Contains(p.PartId)))
        {
            errors.Add(Dangling(price.Location, "part", price.PartId, "the id of a catalog part"));
        }

        if (errors.Count > 0)
        {
            return new CatalogLoadResult(null, [.. errors]);
        }

        return new CatalogLoadResult(new HardwareCatalog(gpus, boards, cpus, motherboards, memory, psus, chassis, risers, nics, switches, prices), []);
    }

    private static InputError Dangling(SourceLocation at, string field, string value, string what) =>
        new(at.File, at.Line, field, $"'{value}' does not name {what}", $"use an existing id, or add the part first");

    private static void CheckColumns(CsvTable table, string[] allowed, List<InputError> errors)
    {
        foreach (var column in table.Header.Where(c => c.Length > 0 && !allowed.Contains(c, StringComparer.Ordinal)))
        {
            var nearest = NameMatching.Nearest(column, allowed);
            errors.Add(new InputError(table.File, 1, column, $"unknown column '{column}'", nearest is null ? $"allowed columns: {string.Join(", ", allowed)}" : $"did you mean '{nearest}'?"));
        }
    }

    private static ImmutableArray<T> ReadAll<T>(CsvTable table, List<InputError> errors, Func<RowReader, CsvTable, T?> read, HashSet<string>? failedIds = null)
        where T : class
    {
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var row in table.Rows)
        {
            var reader = new RowReader(table.File, row, errors);
            var item = read(reader, table);
            if (item is not null && !reader.Failed)
            {
                result.Add(item);
            }
            else if (item is Part { Id.Length: > 0 } part)
            {
                failedIds?.Add(part.Id);
            }
        }

        return result.ToImmutable();
    }

    private static (ImmutableArray<PowerConnector> List, bool Known) Connectors(RowReader r, string field)
    {
        var text = r.Text(field);
        if (text is null)
        {
            return ([], false);
        }

        var (list, error) = PowerConnector.ParseList(text);
        if (error is not null)
        {
            r.Error(field, error, "write e.g. '2x 8-pin', '1x 16-pin 12VHPWR' or 'none'");
        }

        return (list, error is null);
    }

    private static string Source(RowReader r) => r.Required("source");

    private static Gpu? ReadGpu(RowReader r, CsvTable t)
    {
        var segment = r.Required("segment");
        if (segment.Length > 0 && !Vocabulary.Segments.Contains(segment))
        {
            r.Error("segment", $"'{segment}' is not one of: consumer, workstation, datacenter");
        }

        var (connectors, known) = Connectors(r, "power_connectors");
        var nvlinkText = r.Text("nvlink");
        GigabytesPerSecond? nvlink = null;
        if (nvlinkText is not null)
        {
            nvlink = nvlinkText.Equals("none", StringComparison.OrdinalIgnoreCase) ? GigabytesPerSecond.Zero : r.Quantity("nvlink", QuantityParser.Bandwidth);
        }

        var gpu = new Gpu
        {
            Id = r.Id(),
            Name = r.Required("name"),
            Aliases = r.List("aliases"),
            Vendor = r.Required("vendor"),
            Architecture = r.Required("architecture"),
            Segment = segment,
            ReleaseDate = r.DateText("release_date", required: true) ?? string.Empty,
            Vram = r.Quantity("vram", QuantityParser.Gigabytes, required: true) ?? default,
            MemoryType = r.Text("memory_type"),
            MemoryBandwidth = r.Quantity("memory_bandwidth", QuantityParser.Bandwidth, required: true) ?? default,
            Fp32 = r.Quantity("fp32", QuantityParser.TeraFlops, required: true) ?? default,
            Fp16Tensor = r.Quantity("fp16_tensor", QuantityParser.TeraFlops),
            Bf16Tensor = r.Quantity("bf16_tensor", QuantityParser.TeraFlops),
            Int8Tensor = r.Quantity("int8_tensor", QuantityParser.TeraOps),
            Fp8Tensor = r.Quantity("fp8_tensor", QuantityParser.TeraFlops),
            Tdp = r.Quantity("tdp", QuantityParser.Watts, required: true) ?? default,
            FormFactor = r.Choice("form_factor", Vocabulary.FormFactors, required: true) ?? default,
            PcieGen = r.Count("pcie_gen", min: 1, max: 7),
            PcieLanes = r.Count("pcie_lanes", min: 1, max: 32),
            SlotWidth = r.Number("slot_width", min: 1, max: 5),
            Length = r.Quantity("length", QuantityParser.Millimeters),
            Cooling = r.Choice("cooling", Vocabulary.Coolings),
            PowerConnectors = connectors,
            PowerConnectorsKnown = known,
            NvLink = nvlink,
            PeerToPeer = r.Bool("p2p"),
            Ecc = r.Bool("ecc"),
            LaunchMsrp = r.Dollars("launch_msrp_usd"),
            Source = Source(r),
            Notes = r.Text("notes"),
            Location = r.Location,
        };
        if (gpu.Vram.Value == 0 && !r.Failed)
        {
            r.Error("vram", "0 GB is not a GPU's memory");
        }

        return gpu;
    }

    private static GpuBoard? ReadGpuBoard(RowReader r, CsvTable t)
    {
        var (connectors, known) = Connectors(r, "power_connectors");
        return new GpuBoard
        {
            Id = r.Id(),
            Name = r.Required("name"),
            GpuId = r.Required("gpu"),
            Vendor = r.Text("manufacturer"),
            PartNumbers = r.List("part_numbers"),
            Length = r.Quantity("length", QuantityParser.Millimeters),
            SlotWidth = r.Number("slot_width", min: 1, max: 5),
            Cooling = r.Choice("cooling", Vocabulary.Coolings),
            PowerConnectors = connectors,
            PowerConnectorsKnown = known,
            Tdp = r.Quantity("tdp", QuantityParser.Watts),
            Source = Source(r),
            Location = r.Location,
        };
    }

    private static Cpu? ReadCpu(RowReader r, CsvTable t) => new()
    {
        Id = r.Id(),
        Name = r.Required("name"),
        Aliases = r.List("aliases"),
        Vendor = r.Required("vendor"),
        Family = r.Required("family"),
        Socket = r.Required("socket"),
        SocketsMax = r.Count("sockets_max", min: 1, max: 8),
        Cores = r.Count("cores", required: true, min: 1, max: 1024) ?? 0,
        Threads = r.Count("threads", required: true, min: 1, max: 2048) ?? 0,
        BaseClock = r.Quantity("base_clock", QuantityParser.Gigahertz),
        BoostClock = r.Quantity("boost_clock", QuantityParser.Gigahertz),
        PcieLanes = r.Count("pcie_lanes", required: true, min: 1, max: 512) ?? 0,
        PcieGen = r.Count("pcie_gen", required: true, min: 1, max: 7) ?? 0,
        MemoryType = r.Choice("memory_type", Vocabulary.Generations, required: true) ?? default,
        MemoryChannels = r.Count("memory_channels", required: true, min: 1, max: 24) ?? 0,
        MaxMemory = r.Quantity("max_memory", QuantityParser.Gigabytes),
        Tdp = r.Quantity("tdp", QuantityParser.Watts, required: true) ?? default,
        ReleaseDate = r.DateText("release_date"),
        LaunchPrice = r.Dollars("launch_price_usd"),
        Source = Source(r),
        Notes = r.Text("notes"),
        Location = r.Location,
    };

    private static (PcieSlot Slot, string BoardId)? ReadSlotCore(RowReader r)
    {
        var slot = new PcieSlot
        {
            Position = r.Count("position", required: true, min: 1, max: 32) ?? 0,
            Label = r.Text("label"),
            PhysicalLanes = r.Count("physical_lanes", required: true, min: 1, max: 16) ?? 0,
            ElectricalLanes = r.Count("electrical_lanes", required: true, min: 1, max: 16) ?? 0,
            Gen = r.Count("gen", required: true, min: 1, max: 7) ?? 0,
            Attached = r.Choice("attached", Vocabulary.LaneSources, required: true) ?? default,
            SharesWith = r.List("shares_with"),
            LanesWhenShared = r.Count("lanes_when_shared", min: 0, max: 16),
            Source = Source(r),
            Notes = r.Text("notes"),
            Location = r.Location,
        };
        if (slot.ElectricalLanes > slot.PhysicalLanes && !r.Failed)
        {
            r.Error("electrical_lanes", $"x{slot.ElectricalLanes} electrical is more than the x{slot.PhysicalLanes} physical slot", "electrical lanes cannot exceed the slot's size");
        }

        return (slot, r.Required("board"));
    }

    private static SlotRow? ReadSlot(RowReader r, CsvTable t) =>
        ReadSlotCore(r) is { } s ? new SlotRow(s.Slot, s.BoardId) : null;

    private static Motherboard? ReadMotherboard(RowReader r, CsvTable t)
    {
        var formFactor = r.Required("form_factor");
        if (formFactor.Length > 0 && !Vocabulary.BoardFormFactors.Contains(formFactor))
        {
            r.Error("form_factor", $"'{formFactor}' is not a known board form factor", $"use one of: {string.Join(", ", Vocabulary.BoardFormFactors)}");
        }

        var kinds = ImmutableArray.CreateBuilder<DimmKind>();
        foreach (var word in r.List("dimm_kinds", required: true))
        {
            if (Vocabulary.DimmKinds.TryGetValue(word.ToLowerInvariant(), out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                r.Error("dimm_kinds", $"'{word}' is not UDIMM, RDIMM or LRDIMM");
            }
        }

        return new Motherboard
        {
            Id = r.Id(),
            Name = r.Required("name"),
            Aliases = r.List("aliases"),
            Vendor = r.Required("vendor"),
            Socket = r.Required("socket"),
            CpuSockets = r.Count("cpu_sockets", min: 1, max: 8) ?? 1,
            FormFactor = formFactor,
            Chipset = r.Text("chipset"),
            MemoryType = r.Choice("memory_type", Vocabulary.Generations, required: true) ?? default,
            DimmKinds = kinds.ToImmutable(),
            DimmSlots = r.Count("dimm_slots", required: true, min: 1, max: 64) ?? 0,
            MaxMemory = r.Quantity("max_memory", QuantityParser.Gigabytes),
            OnboardNics = r.Text("onboard_nics"),
            Ipmi = r.Bool("ipmi"),
            M2Slots = r.Count("m2_slots", min: 0, max: 16),
            ReleaseDate = r.DateText("release_date"),
            Source = Source(r),
            Notes = r.Text("notes"),
            Location = r.Location,
        };
    }

    private static MemoryModule? ReadMemory(RowReader r, CsvTable t) => new()
    {
        Id = r.Id(),
        Name = r.Required("name"),
        Aliases = r.List("aliases"),
        Vendor = r.Text("vendor"),
        Capacity = r.Quantity("capacity", QuantityParser.Gigabytes, required: true) ?? default,
        Generation = r.Choice("generation", Vocabulary.Generations, required: true) ?? default,
        DimmKind = r.Choice("kind", Vocabulary.DimmKinds, required: true) ?? default,
        Speed = r.Quantity("speed", QuantityParser.MegaTransfers, required: true) ?? default,
        Ecc = r.Bool("ecc"),
        Source = Source(r),
        Notes = r.Text("notes"),
        Location = r.Location,
    };

    private static Psu? ReadPsu(RowReader r, CsvTable t)
    {
        var psu = new Psu
        {
            Id = r.Id(),
            Name = r.Required("name"),
            Aliases = r.List("aliases"),
            Vendor = r.Text("vendor"),
            FormFactor = r.Required("form_factor"),
            Watts115V = r.Quantity("watts_115v", QuantityParser.Watts),
            Watts230V = r.Quantity("watts_230v", QuantityParser.Watts),
            Efficiency = r.Required("efficiency"),
            Pcie8Pin = r.Count("pcie_8pin", max: 32),
            Pcie12VHpwr = r.Count("pcie_12vhpwr", max: 16),
            Eps8Pin = r.Count("eps_8pin", max: 16),
            Atx3 = r.Bool("atx3"),
            Source = Source(r),
            Notes = r.Text("notes"),
            Location = r.Location,
        };
        if (psu.Watts115V is null && psu.Watts230V is null && !r.Failed)
        {
            r.Error("watts_230v", "neither watts_115v nor watts_230v is given", "give the rated output at 115 V and/or 230 V");
        }

        return psu;
    }

    private static Chassis? ReadChassis(RowReader r, CsvTable t) => new()
    {
        Id = r.Id(),
        Name = r.Required("name"),
        Aliases = r.List("aliases"),
        Vendor = r.Text("vendor"),
        ChassisKind = r.Choice("kind", Vocabulary.ChassisKinds, required: true) ?? default,
        BoardFormFactors = KnownFormFactors(r, "board_form_factors"),
        ExpansionSlots = r.Count("expansion_slots", required: true, max: 64) ?? 0,
        MaxGpuLength = r.Quantity("max_gpu_length", QuantityParser.Millimeters),
        MaxGpus = r.Count("max_gpus", max: 64),
        PsuFormFactor = r.Text("psu_form_factor"),
        PsuBays = r.Count("psu_bays", max: 16),
        RackUnits = r.Count("rack_units", min: 1, max: 60),
        IncludedMotherboard = r.Text("included_motherboard"),
        IncludedPsu = r.Text("included_psu"),
        IncludedPsuCount = r.Count("included_psu_count", min: 1, max: 16),
        Source = Source(r),
        Notes = r.Text("notes"),
        Location = r.Location,
    };

    private static ImmutableArray<string> KnownFormFactors(RowReader r, string field)
    {
        var list = r.List(field, required: true);
        foreach (var unknown in list.Where(f => !Vocabulary.BoardFormFactors.Contains(f)))
        {
            r.Error(field, $"'{unknown}' is not a known board form factor", $"use one of: {string.Join(", ", Vocabulary.BoardFormFactors)}");
        }

        return list;
    }

    private static Riser? ReadRiser(RowReader r, CsvTable t) => new()
    {
        Id = r.Id(),
        Name = r.Required("name"),
        Aliases = r.List("aliases"),
        Vendor = r.Text("vendor"),
        PcieGen = r.Count("pcie_gen", required: true, min: 1, max: 7) ?? 0,
        Lanes = r.Count("lanes", required: true, min: 1, max: 16) ?? 0,
        Length = r.Quantity("length", QuantityParser.Millimeters, required: true) ?? default,
        Source = Source(r),
        Notes = r.Text("notes"),
        Location = r.Location,
    };

    private static Nic? ReadNic(RowReader r, CsvTable t) => new()
    {
        Id = r.Id(),
        Name = r.Required("name"),
        Aliases = r.List("aliases"),
        Vendor = r.Text("vendor"),
        Protocol = r.Required("protocol"),
        Ports = r.Count("ports", required: true, min: 1, max: 16) ?? 0,
        PortSpeed = r.Quantity("port_speed", QuantityParser.LineRate, required: true) ?? default,
        PcieGen = r.Count("pcie_gen", required: true, min: 1, max: 7) ?? 0,
        PcieLanes = r.Count("pcie_lanes", required: true, min: 1, max: 32) ?? 0,
        Power = r.Quantity("power", QuantityParser.Watts),
        Source = Source(r),
        Notes = r.Text("notes"),
        Location = r.Location,
    };

    private static NetworkSwitch? ReadSwitch(RowReader r, CsvTable t) => new()
    {
        Id = r.Id(),
        Name = r.Required("name"),
        Aliases = r.List("aliases"),
        Vendor = r.Text("vendor"),
        Protocol = r.Required("protocol"),
        Ports = r.Count("ports", required: true, min: 1, max: 1024) ?? 0,
        PortSpeed = r.Quantity("port_speed", QuantityParser.LineRate, required: true) ?? default,
        RackUnits = r.Count("rack_units", min: 1, max: 60),
        Power = r.Quantity("power", QuantityParser.Watts),
        Source = Source(r),
        Notes = r.Text("notes"),
        Location = r.Location,
    };

    private sealed record SlotRow(PcieSlot Slot, string BoardId)
    {
        public SourceLocation Location => Slot.Location;

        public void Deconstruct(out PcieSlot slot, out string boardId) => (slot, boardId) = (Slot, BoardId);
    }
}
