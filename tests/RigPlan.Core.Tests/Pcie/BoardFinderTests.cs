using RigPlan.Core.Catalog;
using RigPlan.Core.Pcie;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Pcie;

public class BoardFinderTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;

    private static List<BoardMatch> Find(BoardQuery query) => [.. BoardFinder.Find(Catalog, query).Matches];

    [Fact]
    public void Find_FourDualSlotCards_IncludesRomed8AtEveryOtherSlot()
    {
        var match = Assert.Single(Find(new BoardQuery { Cards = 4, Width = 2 }), m => m.Board.Id == "romed8-2t");
        Assert.Equal([1, 3, 5, 7], match.Placement.Placed.Select(p => p.Slot.Position));
        Assert.Equal(8, match.OpeningsNeeded);
    }

    [Fact]
    public void Find_FourTripleSlotCards_FitNoStandardBoard() =>
        // Seven positions hold at most three 3-slot cards (1, 4, 7); GENOAD8X-2T's eight hold 2, 5 and 8.
        Assert.Empty(Find(new BoardQuery { Cards = 4, Width = 3 }));

    [Fact]
    public void Find_HalfSlotWidths_CoverTheNextWholeSlot() =>
        // 2.5-slot cards cover 3 positions, so four of them fit no standard board either.
        Assert.Empty(Find(new BoardQuery { Cards = 4, Width = 2.5 }));

    [Fact]
    public void Find_CaseOpenings_RuleOutOverhangingCardsAndBoardsLongerThanTheCase()
    {
        // GENOAD8X-2T has a slot at position 8: in an open frame it takes four 2-slot cards (2-9); a case with 8 openings
        // bounds the cards, and one with 7 cannot take the board at all.
        Assert.Contains(Find(new BoardQuery { Cards = 4, Width = 2 }), m => m.Board.Id == "genoad8x-2t");
        Assert.DoesNotContain(Find(new BoardQuery { Cards = 4, Width = 2, Openings = 8 }), m => m.Board.Id == "genoad8x-2t");
        Assert.DoesNotContain(Find(new BoardQuery { Cards = 1, Openings = 7 }), m => m.Board.Id == "genoad8x-2t");
        Assert.All(Find(new BoardQuery { Cards = 1, Openings = 4 }), m => Assert.Equal("Micro-ATX", m.Board.FormFactor));
    }

    [Fact]
    public void Find_TwoCardsOnX570_ShareTheCpuLanesX8X8()
    {
        // The X570 boards' two CPU slots split 16 lanes; their partner is named by position (@5).
        var match = Assert.Single(Find(new BoardQuery { Cards = 2, Width = 3, Openings = 7 }), m => m.Board.Id == "x570s-aorus-master");
        Assert.All(match.Placement.Placed, p => Assert.Equal(8, p.Lanes));
    }

    [Fact]
    public void Find_RanksFasterSlowestLinksFirst_ThenFewerChipsetCards()
    {
        var matches = Find(new BoardQuery { Cards = 2, Width = 3, Openings = 7 });
        Assert.True(matches.Count > 5);
        Assert.Equal(matches.Select(m => m.SlowestGbps).OrderByDescending(g => g), matches.Select(m => m.SlowestGbps));
        Assert.Equal(0, matches[0].ViaChipset);
        Assert.Equal(5, matches[0].Placement.Placed.Min(p => p.Gen));
        Assert.DoesNotContain(matches, m => m.Board.FormFactor == "proprietary");
    }

    [Fact]
    public void Find_BySocket_KeepsOnlyThatSocket_AndListsItsBoardsWithoutLayouts()
    {
        var search = BoardFinder.Find(Catalog, new BoardQuery { Cards = 1, Socket = "am5" });
        Assert.NotEmpty(search.Matches);
        Assert.All(search.Matches, m => Assert.Equal("AM5", m.Board.Socket));
        Assert.Contains(search.NoLayout, b => b.Id == "proart-x670e-creator-wifi");
        Assert.All(search.NoLayout, b => Assert.Equal("AM5", b.Socket));
    }
}
