using RigPlan.Core.Catalog;

namespace RigPlan.Core.Tests.Catalog;

public class CsvTableTests
{
    [Fact]
    public void Parse_QuotedCellsWithCommasAndNewlines_KeepsThemAndCountsLines()
    {
        var errors = new List<InputError>();
        var table = CsvTable.Parse("t.csv", "a,b\n\"x, y\",\"two\nlines\"\n# a comment\n\nlast,\"say \"\"hi\"\"\"\n", errors);
        Assert.Empty(errors);
        Assert.Equal(2, table.Rows.Length);
        Assert.Equal("x, y", table.Rows[0].Cells["a"]);
        Assert.Equal("two\nlines", table.Rows[0].Cells["b"]);
        Assert.Equal(2, table.Rows[0].Line);
        Assert.Equal(6, table.Rows[1].Line);
        Assert.Equal("say \"hi\"", table.Rows[1].Cells["b"]);
    }

    [Fact]
    public void Parse_RaggedRow_ReportsLine()
    {
        var errors = new List<InputError>();
        CsvTable.Parse("t.csv", "a,b\n1,2\n1,2,3\n", errors);
        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("3 cells", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnclosedQuote_Reports()
    {
        var errors = new List<InputError>();
        CsvTable.Parse("t.csv", "a,b\n1,\"open\n", errors);
        Assert.Contains(errors, e => e.Message.Contains("never closed", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_DuplicateColumn_Reports()
    {
        var errors = new List<InputError>();
        CsvTable.Parse("t.csv", "a,a\n1,2\n", errors);
        Assert.Contains(errors, e => e.Field == "a" && e.Message.Contains("twice", StringComparison.Ordinal));
    }
}
