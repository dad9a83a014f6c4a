using RunnerStrength.Coaching.Athletes;

namespace RunnerStrength.Coaching.Tests.Athletes;

public sealed class AthleteFileReadingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("runner-strength-athletes-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_file_on_disk_reads_with_its_path_in_the_source()
    {
        var path = Path.Combine(_folder, "ann.json");
        File.WriteAllText(path, """
            { "name": "Ann", "level": "beginner", "sessionMinutes": 30,
              "week": { "monday": "rest", "tuesday": "easy", "wednesday": "rest", "thursday": "tempo", "friday": "rest", "saturday": "rest", "sunday": "long" } }
            """);

        var result = AthleteProfileReader.ReadFile(path);

        result.Diagnostics.ShouldBeClean();
        result.Profile.ShouldNotBeNull().Name.ShouldBe("Ann");
        result.Source.ShouldNotBeNull().Path.ShouldBe(path);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_json()
    {
        var path = Path.Combine(_folder, "bom.json");
        File.WriteAllText(path, "{ \"name\": \"Ann\", \"level\": \"beginner\", \"sessionMinutes\": 30, \"week\": { \"monday\": \"rest\", \"tuesday\": \"easy\", \"wednesday\": \"rest\", \"thursday\": \"tempo\", \"friday\": \"rest\", \"saturday\": \"rest\", \"sunday\": \"long\" } }", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        AthleteProfileReader.ReadFile(path).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Missing_file_reports_RS9001()
    {
        var path = Path.Combine(_folder, "nobody.json");

        var result = AthleteProfileReader.ReadFile(path);

        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS9001"]);
        result.Diagnostics[0].Arguments[0].ShouldBe(path);
        result.Profile.ShouldBeNull();
        result.Source.ShouldBeNull();
    }

    [Fact]
    public void A_folder_reports_RS9004()
    {
        var result = AthleteProfileReader.ReadFile(_folder);

        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS9004"]);
        result.Diagnostics[0].Message.ShouldContain("a folder");
    }

    [Fact]
    public void A_file_that_is_not_utf8_text_reports_RS9002()
    {
        var path = Path.Combine(_folder, "binary.json");
        File.WriteAllBytes(path, [0x7B, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x7D]);

        var result = AthleteProfileReader.ReadFile(path);

        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS9002"]);
        result.Diagnostics[0].Message.ShouldContain("not UTF-8");
    }

    [Fact]
    public void A_file_the_process_may_not_open_reports_RS9002()
    {
        var path = Path.Combine(_folder, "locked.json");
        File.WriteAllText(path, "{}");

        // Holding the file open for writing with no sharing makes any other open fail, for root too.
        using var holder = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var result = AthleteProfileReader.ReadFile(path);

        result.Diagnostics.Select(d => d.Code).ShouldBe(["RS9002"]);
    }
}
