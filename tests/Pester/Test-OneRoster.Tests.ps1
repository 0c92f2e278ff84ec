#Requires -Version 5.1
# Test-OneRoster: findings as objects, from bundles or from rosters, and -Quiet.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $CmdletType = 'RosterTools.Commands.TestOneRosterCommand'

    # A generated district: valid by construction, so it must have no error findings.
    $CleanBundle = Join-Path $TestDrive 'clean'
    $null = New-OneRosterSample -Path $CleanBundle -Students 120 -Seed 3
}

Describe 'Test-OneRoster' {
    Context 'a bundle' {
        BeforeAll {
            $Findings = @(Test-OneRoster -Path $FullBundle)
            $Roster = Import-OneRoster -Path $FullBundle -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        }

        It 'writes the findings as objects to the output stream' {
            $Findings.Count | Should -BeGreaterThan 0
            @($Findings | Get-TypeName | Sort-Object -Unique) | Should -Be @('RosterTools.Validation.Finding')
        }

        It 'writes the same findings as an import gives' {
            $Findings.Count | Should -Be @($Roster.Findings).Count
            @($Findings | Where-Object Severity -eq 'Error').Count | Should -Be $Roster.ErrorCount
            @($Findings | Where-Object Severity -eq 'Warning').Count | Should -Be $Roster.WarningCount
        }

        It 'gives each finding its severity, code, file, line, column, sourcedId and message' {
            $names = $Findings[0].PSObject.Properties | ForEach-Object Name
            foreach ($name in 'Severity', 'Code', 'File', 'Line', 'Column', 'SourcedId', 'Message') {
                $names | Should -Contain $name
            }

            $located = @($Findings | Where-Object { $_.File -and $_.Line -gt 0 -and $_.Column })
            $located.Count | Should -BeGreaterThan 0
        }

        It 'writes no error records for the findings' {
            $null = Test-OneRoster -Path $FullBundle -ErrorVariable problems -WarningVariable warnings
            @($problems).Count | Should -Be 0
            @($warnings).Count | Should -Be 0
        }

        It 'has no -Strict: it only reports' {
            (Get-Command Test-OneRoster).Parameters.ContainsKey('Strict') | Should -BeFalse
        }
    }

    Context 'paths' {
        It 'expands wildcards' {
            $files = @(Test-OneRoster -Path (Join-Path $Moodle '*.zip') | ForEach-Object File | Sort-Object -Unique)
            $files.Count | Should -BeGreaterThan 1
        }

        It 'takes -LiteralPath and Get-Item output' {
            @(Get-Item -LiteralPath $FullBundle | Test-OneRoster).Count | Should -Be @(Test-OneRoster -LiteralPath $FullBundle).Count
        }

        It 'writes RosterBundleUnreadable for a file that is not a bundle' {
            $null = Test-OneRoster -LiteralPath $NotABundle -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be "RosterBundleUnreadable,$CmdletType"
        }
    }

    Context 'a roster' {
        BeforeAll {
            $Roster = Import-OneRoster -Path $FullBundle -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
        }

        It 'takes a roster from the pipeline' {
            @($Roster | Test-OneRoster).Count | Should -Be @($Roster.Findings).Count
        }

        It 'takes -Roster and its alias -InputObject' {
            @(Test-OneRoster -Roster $Roster).Count | Should -Be @($Roster.Findings).Count
            @(Test-OneRoster -InputObject $Roster).Count | Should -Be @($Roster.Findings).Count
        }

        It 'validates a whole import pipeline' {
            $result = @(Import-OneRoster -Path $MinimalBundle, $FullBundle -WarningAction SilentlyContinue -ErrorAction SilentlyContinue | Test-OneRoster -Quiet)
            $result.Count | Should -Be 1
            $result[0] | Should -BeFalse
        }
    }

    Context '-Quiet' {
        It 'returns one $false for a bundle with errors' {
            $result = @(Test-OneRoster -Path $FullBundle -Quiet)
            $result.Count | Should -Be 1
            $result[0] | Should -BeOfType [bool]
            $result[0] | Should -BeFalse
        }

        It 'returns $true for a bundle without errors' {
            Test-OneRoster -Path $CleanBundle -Quiet | Should -BeTrue
        }

        It 'returns one value for many inputs: $false if any has an error' {
            $result = @(Test-OneRoster -Path $CleanBundle, $FullBundle -Quiet)
            $result.Count | Should -Be 1
            $result[0] | Should -BeFalse
        }

        It 'counts a path that names nothing as a failure' {
            Test-OneRoster -Path $CleanBundle, (Join-Path $TestDrive 'missing') -Quiet -ErrorAction SilentlyContinue | Should -BeFalse
        }

        It 'counts an unreadable bundle as a failure' {
            Test-OneRoster -LiteralPath $NotABundle -Quiet -ErrorAction SilentlyContinue | Should -BeFalse
        }
    }
}
