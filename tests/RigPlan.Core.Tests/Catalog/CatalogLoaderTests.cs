using RigPlan.Core.Catalog;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Catalog;

public class CatalogLoaderTests
{
    private static CatalogLoadResult LoadWith(string file, Func<string, string> change)
    {
        var texts = CatalogTexts.Minimal();
        texts[file] = change(texts[file]);
        return CatalogLoader.Load(texts);
    }

    private static InputError SingleError(CatalogLoadResult result)
    {
        Assert.False(result.Ok);
        Assert.Null(result.Catalog);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Load_MinimalCatalog_LoadsEveryKind()
    {
        var result = CatalogLoader.Load(CatalogTexts.Minimal());
        Assert.True(result.Ok, string.Join("\n", result.Errors));
        var catalog = result.Catalog!;
        Assert.Single(catalog.Gpus);
        Assert.Single(catalog.Motherboards[0].Slots);
        Assert.Equal(2048, catalog.Motherboards[0].MaxMemory!.Value.Value);
        Assert.Equal(800, catalog.LatestPrice("rtx-3090", PriceCondition.Used)!.Price.Value);
    }

    [Fact]
    public void Load_UnknownUnit_NamesFileLineAndField()
    {
        var error = SingleError(LoadWith(CatalogFiles.Gpus, t => t.Replace("350 W", "350 V", StringComparison.Ordinal)));
        Assert.Equal((CatalogFiles.Gpus, 2, "tdp"), (error.File, error.Line, error.Field));
        Assert.Contains("unknown unit 'V'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NumberWithoutUnit_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.Gpus, t => t.Replace("24 GB", "24", StringComparison.Ordinal)));
        Assert.Equal("vram", error.Field);
        Assert.Contains("no unit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingRequiredField_NamesIt()
    {
        var error = SingleError(LoadWith(CatalogFiles.Cpus, t => t.Replace("SP3", "", StringComparison.Ordinal)));
        Assert.Equal((CatalogFiles.Cpus, 2, "socket"), (error.File, error.Line, error.Field));
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingSource_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.Memory, t => t.Replace(",Samsung,", ",,", StringComparison.Ordinal)));
        Assert.Equal("source", error.Field);
    }

    [Fact]
    public void Load_DuplicateIdAcrossFiles_PointsAtBoth()
    {
        var error = SingleError(LoadWith(CatalogFiles.Memory, t => t.Replace("ddr4-32-rdimm", "rtx-3090", StringComparison.Ordinal)));
        Assert.Equal((CatalogFiles.Memory, "id"), (error.File, error.Field));
        Assert.Contains($"first used at {CatalogFiles.Gpus}:2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BoardOfUnknownGpu_IsADanglingReference()
    {
        var error = SingleError(LoadWith(CatalogFiles.GpuBoards, t => t.Replace(",rtx-3090,", ",rtx-3095,", StringComparison.Ordinal)));
        Assert.Equal((CatalogFiles.GpuBoards, 2, "gpu"), (error.File, error.Line, error.Field));
        Assert.Contains("'rtx-3095'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SlotOfUnknownBoard_IsADanglingReference()
    {
        var error = SingleError(LoadWith(CatalogFiles.MotherboardSlots, t => t.Replace("romed8-2t", "romed9", StringComparison.Ordinal)));
        Assert.Equal("board", error.Field);
    }

    [Fact]
    public void Load_PriceOfUnknownPart_IsADanglingReference()
    {
        var error = SingleError(LoadWith(CatalogFiles.Prices, t => t.Replace("rtx-3090", "rtx-9999", StringComparison.Ordinal)));
        Assert.Equal((CatalogFiles.Prices, "part"), (error.File, error.Field));
    }

    [Fact]
    public void Load_NegativePrice_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.Prices, t => t.Replace(",800,", ",-800,", StringComparison.Ordinal)));
        Assert.Equal("price_usd", error.Field);
        Assert.Contains("not a positive price", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadDate_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.Prices, t => t.Replace("2025-07-23", "23/07/2025", StringComparison.Ordinal)));
        Assert.Equal("price_date", error.Field);
    }

    [Fact]
    public void Load_UnknownColumn_SuggestsTheNearest()
    {
        var error = SingleError(LoadWith(CatalogFiles.Risers, t => t.Replace("lanes", "lanse", StringComparison.Ordinal)));
        Assert.Equal("lanse", error.Field);
        Assert.Contains("did you mean 'lanes'", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownWord_ListsTheAllowedOnes()
    {
        var error = SingleError(LoadWith(CatalogFiles.Gpus, t => t.Replace(",pcie,", ",pci,", StringComparison.Ordinal)));
        Assert.Equal("form_factor", error.Field);
        Assert.Contains("pcie, sxm, oam", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadId_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.Nics, t => t.Replace("connectx-6-hdr", "ConnectX 6", StringComparison.Ordinal)));
        Assert.Equal("id", error.Field);
    }

    [Fact]
    public void Load_ElectricalWiderThanPhysical_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.MotherboardSlots, t => t.Replace(",16,16,", ",8,16,", StringComparison.Ordinal)));
        Assert.Equal("electrical_lanes", error.Field);
    }

    [Fact]
    public void Load_TwoSlotsAtOnePosition_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.MotherboardSlots, t => t + t.Split('\n')[1] + "\n"));
        Assert.Equal((CatalogFiles.MotherboardSlots, 3, "position"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Load_SlotBeyondTheFormFactorsPositions_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.MotherboardSlots, t => t.Replace("romed8-2t,1,", "romed8-2t,8,", StringComparison.Ordinal)));
        Assert.Equal((CatalogFiles.MotherboardSlots, 2, "position"), (error.File, error.Line, error.Field));
        Assert.Contains("1-7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ChassisWithAnUnknownBoardFormFactor_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.Chassis, t => t.Replace("ATX;E-ATX", "ATX;EATX", StringComparison.Ordinal)));
        Assert.Equal((CatalogFiles.Chassis, 2, "board_form_factors"), (error.File, error.Line, error.Field));
        Assert.Contains("'EATX'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SlotAtPositionEightOnAnEAtxBoard_Loads()
    {
        var texts = CatalogTexts.Minimal();
        texts[CatalogFiles.MotherboardSlots] = texts[CatalogFiles.MotherboardSlots].Replace("romed8-2t,1,", "romed8-2t,8,", StringComparison.Ordinal);
        texts[CatalogFiles.Motherboards] = texts[CatalogFiles.Motherboards].Replace(",ATX,", ",E-ATX,", StringComparison.Ordinal);
        var result = CatalogLoader.Load(texts);
        Assert.True(result.Ok, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Load_MissingFile_IsAnError()
    {
        var texts = CatalogTexts.Minimal();
        texts.Remove(CatalogFiles.Switches);
        var error = SingleError(CatalogLoader.Load(texts));
        Assert.Equal(CatalogFiles.Switches, error.File);
    }

    [Fact]
    public void Load_ManyProblems_ReportsEveryOne()
    {
        var texts = CatalogTexts.Minimal();
        texts[CatalogFiles.Gpus] = texts[CatalogFiles.Gpus].Replace("350 W", "350", StringComparison.Ordinal).Replace("936 GB/s", "fast", StringComparison.Ordinal);
        texts[CatalogFiles.Cpus] = texts[CatalogFiles.Cpus].Replace(",32,64,", ",-32,64,", StringComparison.Ordinal);
        var result = CatalogLoader.Load(texts);
        Assert.Equal(["cores", "memory_bandwidth", "tdp"], result.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LoadDirectory_Missing_SaysHowToFix()
    {
        var result = CatalogLoader.LoadDirectory(Path.Combine(Path.GetTempPath(), "no-such-catalog-" + Guid.NewGuid()));
        var error = Assert.Single(result.Errors);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PsuWithoutAnyWattage_IsAnError()
    {
        var error = SingleError(LoadWith(CatalogFiles.Psus, t => t.Replace("1600 W", "", StringComparison.Ordinal)));
        Assert.Equal("watts_230v", error.Field);
    }

    [Fact]
    public void ErrorText_ReadsAsFileLineField()
    {
        var error = new InputError("gpus.csv", 12, "tdp", "'350' has no unit", "write 350 W");
        Assert.Equal("gpus.csv:12: field 'tdp': '350' has no unit; fix: write 350 W", error.ToString());
    }
}
