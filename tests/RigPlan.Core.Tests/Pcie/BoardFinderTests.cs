using RigPlan.Core.Catalog;
using RigPlan.Core.Pcie;
using RigPlan.Testing;

namespace RigPlan.Core.Tests.Pcie;

public class BoardFinderTests
{
    private static readonly HardwareCatalog Catalog = Repo.Catalog;

    [Fact]
    public void Find_FourDualSlotCards_IncludesRomed8AtEveryOtherSlot()
    {
        var match = Assert.Single(BoardFinder.Find(Catalog, new BoardQuery { Cards = 4, Width = 2 }), m => m.Board.Id == "romed8-2t");
        Assert.Equal([1, 3, 5, 7], match.Placement.Placed.Select(p => p.Slot.Position));
        Assert.Equal(16, match.SlowestLanes);
    }

    [Fact]
    public void Find_FourTripleSlotCards_FitNoStandardBoard()
    {
        // Seven positions hold at most three 3-slot cards (1, 4, 7); GENOAD8X-2T's eight hold 2, 5 and 8.
        Assert.Empty(BoardFinder.Find(Catalog, new BoardQuery { Cards = 4, Width = 3 }));
    }

    [Fact]
    public void Find_CaseOpenings_RuleOutBoardsWhoseLastCardOverhangs()
    {
        // In an open frame GENOAD8X-2T takes four 2-slot cards (positions 2-9); a case with 8 openings does not.
        Assert.Contains(BoardFinder.Find(Catalog, new BoardQuery { Cards = 4, Width = 2 }), m => m.Board.Id == "genoad8x-2t");
        Assert.DoesNotContain(BoardFinder.Find(Catalog, new BoardQuery { Cards = 4, Width = 2, Openings = 8 }), m => m.Board.Id == "genoad8x-2t");
    }

    [Fact]
    public void Find_RanksBoardsWithFullLinksFirst()
    {
        var matches = BoardFinder.Find(Catalog, new BoardQuery { Cards = 2, Width = 3, Openings = 7 });
        Assert.NotEmpty(matches);
        Assert.Equal(matches.Select(m => m.SlowestLanes).OrderByDescending(l => l), matches.Select(m => m.SlowestLanes));
        Assert.DoesNotContain(matches, m => m.Board.FormFactor == "proprietary");
    }

    [Fact]
    public void Find_BySocket_KeepsOnlyThatSocket() =>
        Assert.All(BoardFinder.Find(Catalog, new BoardQuery { Cards = 1, Socket = "AM5" }), m => Assert.Equal("AM5", m.Board.Socket));
}
