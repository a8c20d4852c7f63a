using RigPlan.Core.Catalog;

namespace RigPlan.Core.Tests.Catalog;

public class BoardFormFactorTests
{
    [Theory]
    [InlineData("SSI-EEB", "EEB")]
    [InlineData("eeb", "SSI-EEB")]
    [InlineData("SSI-CEB", "CEB")]
    [InlineData("ATX", "atx")]
    public void Same_SpellingsOfOneStandard_Match(string a, string b) => Assert.True(BoardFormFactor.Same(a, b));

    [Theory]
    [InlineData("E-ATX", "EEB")]
    [InlineData("EEB", "CEB")]
    [InlineData("ATX", "Micro-ATX")]
    public void Same_DifferentSizes_DoNotMatch(string a, string b) => Assert.False(BoardFormFactor.Same(a, b));

    [Theory]
    [InlineData("ATX", 7)]
    [InlineData("Micro-ATX", 4)]
    [InlineData("Mini-ITX", 1)]
    [InlineData("EEB", null)]
    [InlineData("proprietary", null)]
    public void MaxPositions_OnlyForFormFactorsThatFixThem(string name, int? max) => Assert.Equal(max, BoardFormFactor.MaxPositions(name));

    [Fact]
    public void SlotName_GivesThePositionAndTheLabel()
    {
        var slot = new PcieSlot { Position = 1, Label = "PCIE7", PhysicalLanes = 16, ElectricalLanes = 16, Gen = 4, Attached = LaneSource.Cpu, Source = "test", Location = default };
        Assert.Equal("position 1 (PCIE7)", slot.Name);
        Assert.Equal("position 3", (slot with { Position = 3, Label = null }).Name);
    }
}
