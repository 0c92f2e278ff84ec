#Requires -Version 5.1
# New-OneRosterSample: writes a seeded sample district, supports -WhatIf and -Force, outputs what it wrote.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $CmdletType = 'RosterTools.Commands.NewOneRosterSampleCommand'
}

Describe 'New-OneRosterSample' {
    Context 'writing a district' {
        BeforeAll {
            $Folder = Join-Path $TestDrive 'district'
            $Result = New-OneRosterSample -Path $Folder -Students 80 -Seed 7
        }

        It 'outputs a SampleDistrictResult for the folder it wrote' {
            $Result | Get-TypeName | Should -Be 'RosterTools.Samples.SampleDistrictResult'
            $Result.Path | Should -Be $Folder
            $Result.Seed | Should -Be 7
            $Result.Version.ToString() | Should -Be 'V1_2'
            $Result.Bytes | Should -BeGreaterThan 0
        }

        It 'writes a OneRoster 1.2 bundle by default' {
            Join-Path $Folder 'manifest.csv' | Should -Exist
            Join-Path $Folder 'roles.csv' | Should -Exist
            Get-Content -LiteralPath (Join-Path $Folder 'manifest.csv') -Raw | Should -Match 'oneroster\.version,"?1\.2'
        }

        It 'writes the number of students asked for' {
            $roster = Import-OneRoster -Path $Folder -WarningAction SilentlyContinue
            $students = @($roster.Roles | Where-Object { $_.Role -eq 'student' } | ForEach-Object UserSourcedId | Sort-Object -Unique)
            $students.Count | Should -Be 80
        }

        It 'is deterministic: the same seed gives the same files' {
            $again = Join-Path $TestDrive 'again'
            $null = New-OneRosterSample -Path $again -Students 80 -Seed 7
            foreach ($file in Get-ChildItem -LiteralPath $Folder -Filter '*.csv') {
                (Get-FileHash -LiteralPath $file.FullName).Hash | Should -Be (Get-FileHash -LiteralPath (Join-Path $again $file.Name)).Hash -Because $file.Name
            }
        }

        It 'writes OneRoster 1.1 with -Version 1.1' {
            $old = Join-Path $TestDrive 'v11'
            $result = New-OneRosterSample -Path $old -Students 40 -Version 1.1
            $result.Version.ToString() | Should -Be 'V1_1'
            Join-Path $old 'roles.csv' | Should -Not -Exist
            (Import-OneRoster -Path $old -WarningAction SilentlyContinue).Version.ToString() | Should -Be 'V1_1'
        }

        It 'passes its Path to Import-OneRoster and Test-OneRoster by property name' {
            $piped = Join-Path $TestDrive 'piped'
            $roster = New-OneRosterSample -Path $piped -Students 30 | Import-OneRoster -WarningAction SilentlyContinue
            $roster | Get-TypeName | Should -Be 'RosterTools.OneRoster.Roster'
            New-OneRosterSample -Path (Join-Path $TestDrive 'piped2') -Students 30 | Test-OneRoster -Quiet | Should -BeTrue
        }
    }

    Context '-WhatIf, -Confirm and -Force' {
        It 'writes nothing with -WhatIf' {
            $target = Join-Path $TestDrive 'whatif'
            $output = New-OneRosterSample -Path $target -WhatIf
            $output | Should -BeNullOrEmpty
            $target | Should -Not -Exist
        }

        It 'supports -WhatIf and -Confirm' {
            $parameters = (Get-Command New-OneRosterSample).Parameters
            $parameters.ContainsKey('WhatIf') | Should -BeTrue
            $parameters.ContainsKey('Confirm') | Should -BeTrue
        }

        It 'refuses a folder that has files, unless -Force' {
            $target = Join-Path $TestDrive 'occupied'
            $null = New-Item -ItemType Directory -Path $target
            $keep = Join-Path $target 'keep.txt'
            Set-Content -LiteralPath $keep -Value 'mine'

            $output = New-OneRosterSample -Path $target -Students 20 -ErrorVariable problems -ErrorAction SilentlyContinue
            $output | Should -BeNullOrEmpty
            $problems[0].FullyQualifiedErrorId | Should -Be "RosterSampleFolderNotEmpty,$CmdletType"
            $problems[0].CategoryInfo.Category | Should -Be 'ResourceExists'
            Get-Content -LiteralPath $keep | Should -Be 'mine'
            Join-Path $target 'manifest.csv' | Should -Not -Exist
        }

        It 'writes nothing with -Force -WhatIf' {
            $target = Join-Path $TestDrive 'occupied2'
            $null = New-Item -ItemType Directory -Path $target
            Set-Content -LiteralPath (Join-Path $target 'keep.txt') -Value 'mine'
            $null = New-OneRosterSample -Path $target -Students 20 -Force -WhatIf
            Join-Path $target 'manifest.csv' | Should -Not -Exist
        }

        It 'replaces the files with -Force' {
            $target = Join-Path $TestDrive 'occupied3'
            $null = New-OneRosterSample -Path $target -Students 20 -Seed 1
            $result = New-OneRosterSample -Path $target -Students 20 -Seed 2 -Force
            $result.Seed | Should -Be 2
            Join-Path $target 'manifest.csv' | Should -Exist
        }
    }

    Context 'arguments' {
        It 'refuses an unknown version' {
            { New-OneRosterSample -Path (Join-Path $TestDrive 'x') -Version 1.3 } | Should -Throw -ErrorId "ParameterArgumentValidationError,$CmdletType"
        }

        It 'refuses fewer than one student' {
            { New-OneRosterSample -Path (Join-Path $TestDrive 'y') -Students 0 } | Should -Throw -ErrorId "ParameterArgumentValidationError,$CmdletType"
        }

        It 'refuses a path outside the file system' {
            $null = New-OneRosterSample -Path 'Variable:\sample' -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems[0].FullyQualifiedErrorId | Should -Be "RosterPathNotFileSystem,$CmdletType"
        }
    }

    Context 'long runs' {
        It 'reports progress and stops promptly when the pipeline is stopped (Ctrl+C)' {
            $target = Join-Path $TestDrive 'stopped'
            $ps = [powershell]::Create()
            try {
                $null = $ps.AddScript('param($Manifest, $Folder) Import-Module $Manifest; New-OneRosterSample -Path $Folder -Students 1000000').AddArgument($ModuleManifest).AddArgument($target)
                $handle = $ps.BeginInvoke()
                $deadline = [DateTime]::UtcNow.AddSeconds(60)
                while ($ps.Streams.Progress.Count -eq 0 -and -not $handle.IsCompleted -and [DateTime]::UtcNow -lt $deadline) {
                    Start-Sleep -Milliseconds 100
                }

                $ps.Streams.Progress.Count | Should -BeGreaterThan 0 -Because 'it writes progress while it writes the files'
                $watch = [System.Diagnostics.Stopwatch]::StartNew()
                $ps.Stop()
                $watch.Elapsed.TotalSeconds | Should -BeLessThan 15
                $ps.InvocationStateInfo.State | Should -Be 'Stopped'
                Join-Path $target 'manifest.csv' | Should -Not -Exist
            }
            finally {
                $ps.Dispose()
            }
        }
    }
}
